package main

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/internal/wasmbuild"
)

// TestInstallServesPlanner: "go install …/cmd/kooperacja@VERSION" and then
// "kooperacja planner", outside any checkout and without the network, serve
// the planner: the page, the ES module and the WebAssembly module, which the
// installed program builds at first start from its own version in the
// module cache.
//
// The module is published on a module proxy made on disk from this
// repository's tracked files (GOPROXY=file://…) at a pseudo-version; its
// dependencies come from the local module cache's download directory, as a
// second file proxy. GOMODCACHE, GOBIN, HOME and the user's cache are
// fresh temporary directories.
func TestInstallServesPlanner(t *testing.T) {
	if testing.Short() {
		t.Skip("installs the program and builds the WebAssembly module")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	root, err := wasmbuild.Checkout(".")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	goEnv := func(name string) string {
		out, err := exec.Command(goCmd, "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		return strings.TrimSpace(string(out))
	}
	downloads := filepath.Join(goEnv("GOMODCACHE"), "cache", "download")
	goCache := goEnv("GOCACHE")

	tmp := t.TempDir()
	proxy := filepath.Join(tmp, "proxy")
	version := "v0.0.0-" + time.Now().UTC().Format("20060102150405") + "-000000000000"
	publish(t, root, proxy, version)

	home := filepath.Join(tmp, "home")
	work := filepath.Join(tmp, "work") // no go.mod anywhere above it
	bin := filepath.Join(tmp, "bin")
	for _, d := range []string{home, work, bin} {
		os.MkdirAll(d, 0o755)
	}
	env := append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(downloads),
		"GOFLAGS=-mod=mod -modcacherw",
		"GOSUMDB=off",
		"GONOSUMDB=", "GOPRIVATE=", "GONOPROXY=",
		"GOTOOLCHAIN=local",
		"GOWORK=off",
		"GOMODCACHE="+filepath.Join(tmp, "modcache"),
		"GOCACHE="+goCache,
		"GOBIN="+bin,
		"HOME="+home,
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"GO="+goCmd,
	)
	install := exec.CommandContext(ctx, goCmd, "install", wasmbuild.ModulePath+"/cmd/kooperacja@"+version)
	install.Dir, install.Env = work, env
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, out)
	}
	program := filepath.Join(bin, "kooperacja")

	version2 := exec.CommandContext(ctx, program, "version", "--format", "json")
	version2.Dir, version2.Env = work, env
	if out, err := version2.Output(); err != nil || !strings.Contains(string(out), `"version": "`+version+`"`) {
		t.Errorf("kooperacja version: %v\n%s\nwant version %s", err, out, version)
	}

	planner := exec.CommandContext(ctx, program, "planner", "--addr", "127.0.0.1:0")
	planner.Dir, planner.Env = work, env
	stdout, err := planner.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	planner.Stderr = &stderr
	if err := planner.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		planner.Process.Kill()
		planner.Wait()
	}()
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "kooperacja planner: "); ok {
				urls <- u
			}
		}
		close(urls)
	}()
	var base string
	select {
	case u, ok := <-urls:
		if !ok {
			planner.Wait()
			t.Fatalf("the planner stopped before serving:\n%s", stderr.String())
		}
		base = strings.TrimSuffix(u, "/")
	case <-ctx.Done():
		t.Fatalf("the planner did not start in time:\n%s", stderr.String())
	}
	for _, c := range []struct{ path, contentType, starts string }{
		{"/", "text/html; charset=utf-8", "<!"},
		{"/wasm/kooperacja.mjs", "text/javascript; charset=utf-8", ""},
		{"/wasm/wasm_exec.js", "text/javascript; charset=utf-8", ""},
		{"/wasm/kooperacja.wasm", "application/wasm", "\x00asm"},
	} {
		resp, err := http.Get(base + c.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != c.contentType || !strings.HasPrefix(string(body), c.starts) || len(body) == 0 {
			t.Errorf("GET %s: %d %s, %d bytes starting %q", c.path, resp.StatusCode, resp.Header.Get("Content-Type"), len(body), body[:min(8, len(body))])
		}
	}
	if !strings.Contains(stderr.String(), "building the WebAssembly module") {
		t.Errorf("the planner did not say it built the module:\n%s", stderr.String())
	}
}

// publish writes the module at version into a module proxy directory: the
// list, the .info, the .mod and the .zip of the tracked files of the
// repository at root, as they are on disk.
func publish(t *testing.T, root, proxy, version string) {
	t.Helper()
	dir := filepath.Join(proxy, filepath.FromSlash(wasmbuild.ModulePath), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	if err != nil {
		t.Skipf("git ls-files: %v (the test publishes the tracked files)", err)
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	write("list", []byte(version+"\n"))
	write(version+".info", []byte(fmt.Sprintf(`{"Version":%q,"Time":%q}`, version, time.Now().UTC().Format(time.RFC3339))))
	write(version+".mod", gomod)
	zf, err := os.Create(filepath.Join(dir, version+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zf.Close()
	zw := zip.NewWriter(zf)
	prefix := wasmbuild.ModulePath + "@" + version + "/"
	seen := map[string]bool{} // a file in conflict is listed once per stage
	for _, name := range strings.Split(strings.TrimRight(string(files), "\x00"), "\x00") {
		if seen[name] {
			continue
		}
		seen[name] = true
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(prefix + name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}
