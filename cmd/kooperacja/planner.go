package main

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"path"
	"strings"
	"time"
)

// webFiles holds the planner's static assets. The wasm subdirectory is built
// by scripts/build-wasm (or scripts/planner) and is gitignored, so it may be
// absent when the binary is compiled (always, after go install); "//go:embed
// web" then embeds what exists and the planner builds the module itself at
// start-up (see plannerAssets).
//
//go:embed web
var webFiles embed.FS

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
