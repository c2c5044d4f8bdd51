package main

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// webFiles holds the planner's static assets. The wasm subdirectory is built
// by scripts/build-wasm (or scripts/planner) and is gitignored, so it may be
// absent when the binary is compiled; "//go:embed web" then embeds what exists
// and the planner builds the module itself at startup (see plannerAssets).
//
//go:embed web
var webFiles embed.FS

// modulePath is the module whose source the planner can build its wasm from.
const modulePath = "github.com/kooperacja/kooperacja"

// contentSecurityPolicy allows only the page's own files: the planner handles
// personal data of supported families, so it must never talk to another origin.
// 'wasm-unsafe-eval' lets the page compile the WebAssembly module, nothing more.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// contentTypes are set explicitly rather than taken from the system's MIME
// table, which differs between machines (and maps .ts to MPEG video).
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".json":  "application/json",
	".wasm":  "application/wasm",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".ico":   "image/x-icon",
	".ts":    "text/plain; charset=utf-8",
	".txt":   "text/plain; charset=utf-8",
	".woff2": "font/woff2",
}

func runPlanner(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("planner", "",
		"Serves the offline IPW planner. All checking runs in the browser\n"+
			"(WebAssembly); the server only hands out the page's own files and never\n"+
			"receives plan data.",
		stdin, stdout, stderr)
	addr := new(string)
	allowRemote := new(bool)
	c.stringFlag(addr, "addr", "HOST:PORT", "127.0.0.1:8080", "listen on HOST:PORT; default: 127.0.0.1:8080 (loopback only unless --allow-remote)")
	c.boolFlag(allowRemote, "allow-remote", "allow a non-loopback --addr (the planner holds personal data of families: expose it only on a network you trust)")
	if _, err := c.parse(args, 0, 0); err != nil {
		return exit(err)
	}
	if !*allowRemote && !isLoopback(*addr) {
		fmt.Fprintf(stderr, "kooperacja planner: %q is not a loopback address; the planner holds personal data of supported families, so it listens only on this machine unless --allow-remote is given\n", *addr)
		return 2
	}
	assets, err := plannerAssets(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja planner: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja planner: %v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "kooperacja planner: http://%s/\n", ln.Addr())
	srv := &http.Server{
		Handler:           plannerHandler(assets),
		ReadHeaderTimeout: 10 * time.Second,
	}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "kooperacja planner: %v\n", err)
		return 1
	}
	return 0
}

// isLoopback reports whether addr (HOST:PORT) listens only on this machine.
// An empty host means every interface and is not loopback.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// plannerHandler serves the files of assets read-only, with the security
// headers on every response. Directories other than the root are not listed.
func plannerHandler(assets fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cache-Control", "no-cache")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		f, err := assets.Open(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		rs, ok := f.(io.ReadSeeker)
		if !ok {
			data, err := io.ReadAll(f)
			if err != nil {
				http.Error(w, "cannot read file", http.StatusInternalServerError)
				return
			}
			rs = bytes.NewReader(data)
		}
		ct, ok := contentTypes[path.Ext(name)]
		if !ok {
			ct = "application/octet-stream"
		}
		h.Set("Content-Type", ct)
		http.ServeContent(w, r, name, st.ModTime(), rs)
	})
}

// plannerAssets returns the web files with a usable wasm directory: the
// embedded one when scripts/build-wasm put it there before compiling, else
// one built now from the module's source into the user's cache directory.
func plannerAssets(stderr io.Writer) (fs.FS, error) {
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(web, "wasm/kooperacja.wasm"); err == nil {
		return web, nil
	}
	dir, err := buildWasmCache(stderr)
	if err != nil {
		return nil, fmt.Errorf("the WebAssembly module is not built into this binary and could not be built: %v\n"+
			"build it with scripts/build-wasm cmd/kooperacja/web/wasm and then rebuild kooperacja, or start the planner with scripts/planner", err)
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

// buildWasmCache builds the wasm module (GOOS=js GOARCH=wasm) from the source
// of the module around the working directory into os.UserCacheDir()/kooperacja/wasm,
// unless a build there is newer than every Go file of the module.
func buildWasmCache(stderr io.Writer) (string, error) {
	root, err := findModuleRoot()
	if err != nil {
		return "", err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, "kooperacja", "wasm")
	if fresh(filepath.Join(dir, "kooperacja.wasm"), root) {
		return dir, nil
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("the go command is not on PATH")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	fmt.Fprintf(stderr, "kooperacja planner: building the WebAssembly module into %s …\n", dir)
	build := exec.Command(goBin, "build", "-trimpath", "-o", filepath.Join(dir, "kooperacja.wasm"), "./"+wasmMainDir)
	build.Dir = root
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	build.Stdout, build.Stderr = stderr, stderr
	if err := build.Run(); err != nil {
		return "", fmt.Errorf("go build of ./%s: %v", wasmMainDir, err)
	}
	out, err := exec.Command(goBin, "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(out))
	copies := [][2]string{
		{firstExisting(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"), filepath.Join(goroot, "misc", "wasm", "wasm_exec.js")), "wasm_exec.js"},
		{filepath.Join(root, filepath.FromSlash(wasmJSDir), "kooperacja.mjs"), "kooperacja.mjs"},
		{filepath.Join(root, filepath.FromSlash(wasmJSDir), "kooperacja.d.ts"), "kooperacja.d.ts"},
	}
	for _, c := range copies {
		data, err := os.ReadFile(c[0])
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, c[1]), data, 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// wasmMainDir and wasmJSDir are where the module keeps the wasm entry point
// and its ES module wrapper (the same paths scripts/build-wasm uses).
const (
	wasmMainDir = "cmd/kooperacja-wasm"
	wasmJSDir   = "wasm/js"
)

// findModuleRoot walks up from the working directory to the go.mod of this module.
func findModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if f, err := os.Open(filepath.Join(dir, "go.mod")); err == nil {
			sc := bufio.NewScanner(f)
			first := ""
			if sc.Scan() {
				first = strings.TrimSpace(sc.Text())
			}
			f.Close()
			if first == "module "+modulePath {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("not inside the source of %s (needed to build the wasm module)", modulePath)
		}
		dir = parent
	}
}

// fresh reports whether file exists and is newer than every .go file under root.
func fresh(file, root string) bool {
	st, err := os.Stat(file)
	if err != nil {
		return false
	}
	built := st.ModTime()
	stale := errors.New("stale")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".mjs") || d.Name() == "go.mod") {
			if info, err := d.Info(); err == nil && info.ModTime().After(built) {
				return stale
			}
		}
		return nil
	})
	return err == nil
}

func firstExisting(paths ...string) string {
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return paths[0]
}
