package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kooperacja/kooperacja/internal/wasmbuild"
)

// plannerAssets returns the web files with a usable wasm directory: the
// embedded one when scripts/build-wasm put it there before compiling, else
// one built now from the source this program was built from (see
// builtWasm).
func plannerAssets(stderr io.Writer) (fs.FS, error) {
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(web, "wasm/kooperacja.wasm"); err == nil {
		return web, nil
	}
	dir, err := builtWasm(context.Background(), stderr)
	if err != nil {
		return nil, fmt.Errorf("the WebAssembly module is not built into this program and could not be built: %v", err)
	}
	return overlayFS{base: web, prefix: "wasm/", over: os.DirFS(dir)}, nil
}

// overlayFS serves names under prefix from over, everything else from base.
type overlayFS struct {
	base   fs.FS
	prefix string
	over   fs.FS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if rest, ok := strings.CutPrefix(name, o.prefix); ok {
		return o.over.Open(rest)
	}
	return o.base.Open(name)
}

// builtWasm builds the library from the source this program was built from
// (wasmbuild.Source) into the user's cache directory, and returns that
// directory. A program installed at a published version builds its own
// version's source once (the module cache holds it since go install); a
// program built in a checkout builds the checkout again whenever one of its
// files is newer than the build.
func builtWasm(ctx context.Context, stderr io.Writer) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	goCmd := os.Getenv("GO")
	if goCmd == "" {
		goCmd = "go"
	}
	var src, dir string
	if version, ok := wasmbuild.Installed(); ok {
		dir = filepath.Join(cache, "kooperacja", "wasm", version)
		if wasmbuild.Complete(dir) {
			return dir, nil
		}
		if src, err = wasmbuild.ModuleSource(ctx, goCmd, version); err != nil {
			return "", err
		}
	} else {
		cwd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		if src, err = wasmbuild.Source(ctx, goCmd, cwd); err != nil {
			return "", err
		}
		h := fnv.New32a()
		h.Write([]byte(src))
		dir = filepath.Join(cache, "kooperacja", "wasm", fmt.Sprintf("checkout-%08x", h.Sum32()))
		if wasmbuild.Complete(dir) && fresh(filepath.Join(dir, "kooperacja.wasm"), src) {
			return dir, nil
		}
	}
	fmt.Fprintf(stderr, "kooperacja planner: building the WebAssembly module from %s into %s …\n", src, dir)
	if err := wasmbuild.Build(ctx, goCmd, src, dir, stderr); err != nil {
		return "", err
	}
	return dir, nil
}

// fresh reports whether file exists and is newer than every file under root
// that a build reads (.go, .mjs, .d.ts, go.mod).
func fresh(file, root string) bool {
	st, err := os.Stat(file)
	if err != nil {
		return false
	}
	built := st.ModTime()
	stale := fmt.Errorf("stale")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		name := d.Name()
		if !d.IsDir() && (strings.HasSuffix(name, ".go") || strings.HasSuffix(name, ".mjs") || strings.HasSuffix(name, ".d.ts") || name == "go.mod") {
			if info, err := d.Info(); err == nil && info.ModTime().After(built) {
				return stale
			}
		}
		return nil
	})
	return err == nil
}
