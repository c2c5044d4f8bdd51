package main

import (
	"bytes"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func testAssets() fs.FS {
	return fstest.MapFS{
		"index.html":           {Data: []byte("<!doctype html><title>planner</title>")},
		"app.js":               {Data: []byte("export {}")},
		"style.css":            {Data: []byte("body{}")},
		"wasm/kooperacja.wasm": {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"wasm/kooperacja.mjs":  {Data: []byte("export async function load() {}")},
		"wasm/kooperacja.d.ts": {Data: []byte("export {}")},
		"wasm/wasm_exec.js":    {Data: []byte("globalThis.Go = class {}")},
	}
}

func TestPlannerHandler(t *testing.T) {
	srv := httptest.NewServer(plannerHandler(testAssets()))
	defer srv.Close()
	tests := []struct {
		name, method, path string
		status             int
		contentType        string
		body               string
	}{
		{"root serves index", "GET", "/", 200, "text/html; charset=utf-8", "<title>planner</title>"},
		{"index by name", "GET", "/index.html", 200, "text/html; charset=utf-8", "<title>planner</title>"},
		{"script", "GET", "/app.js", 200, "text/javascript; charset=utf-8", "export"},
		{"stylesheet", "GET", "/style.css", 200, "text/css; charset=utf-8", "body"},
		{"wasm module", "GET", "/wasm/kooperacja.wasm", 200, "application/wasm", "asm"},
		{"ES module wrapper", "GET", "/wasm/kooperacja.mjs", 200, "text/javascript; charset=utf-8", "load"},
		{"type declarations are text, not video", "GET", "/wasm/kooperacja.d.ts", 200, "text/plain; charset=utf-8", "export"},
		{"missing file", "GET", "/nothing.js", 404, "", ""},
		{"directory is not listed", "GET", "/wasm/", 404, "", ""},
		{"directory without slash", "GET", "/wasm", 404, "", ""},
		{"dot-dot stays inside", "GET", "/../../etc/passwd", 404, "", ""},
		{"no writes", "POST", "/", 405, "", ""},
		{"head", "HEAD", "/app.js", 200, "text/javascript; charset=utf-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("%s %s: status = %d, want %d", tt.method, tt.path, resp.StatusCode, tt.status)
			}
			if got := resp.Header.Get("Content-Security-Policy"); got != contentSecurityPolicy {
				t.Errorf("%s %s: Content-Security-Policy = %q, want %q", tt.method, tt.path, got, contentSecurityPolicy)
			}
			if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("%s %s: X-Content-Type-Options = %q, want nosniff", tt.method, tt.path, got)
			}
			if tt.contentType != "" {
				if got := resp.Header.Get("Content-Type"); got != tt.contentType {
					t.Errorf("%s %s: Content-Type = %q, want %q", tt.method, tt.path, got, tt.contentType)
				}
			}
			if tt.body != "" && !strings.Contains(string(body), tt.body) {
				t.Errorf("%s %s: body = %q, want it to contain %q", tt.method, tt.path, body, tt.body)
			}
		})
	}
}

func TestPlannerCSPForbidsOtherOrigins(t *testing.T) {
	for _, want := range []string{"default-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(contentSecurityPolicy, want) {
			t.Errorf("contentSecurityPolicy = %q, want it to contain %q", contentSecurityPolicy, want)
		}
	}
	if strings.Contains(contentSecurityPolicy, "unsafe-inline") || strings.Contains(contentSecurityPolicy, "'unsafe-eval'") {
		t.Errorf("contentSecurityPolicy = %q allows inline code or eval", contentSecurityPolicy)
	}
}

func TestEmbeddedPlannerPage(t *testing.T) {
	for _, name := range []string{"web/index.html", "web/app.js", "web/style.css"} {
		data, err := webFiles.ReadFile(name)
		if err != nil {
			t.Errorf("embedded %s: %v", name, err)
			continue
		}
		if len(data) == 0 {
			t.Errorf("embedded %s is empty", name)
		}
	}
	index, _ := webFiles.ReadFile("web/index.html")
	for _, bad := range []string{"http://", "https://", "<script>"} {
		if bytes.Contains(index, []byte(bad)) {
			t.Errorf("index.html contains %q: the page must load only its own files and no inline script", bad)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", true},
		{"localhost:8080", true},
		{"[::1]:8080", true},
		{"127.0.0.2:80", true},
		{":8080", false},
		{"0.0.0.0:8080", false},
		{"192.168.1.10:8080", false},
		{"[::]:8080", false},
		{"example.org:8080", false},
		{"no-port", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := isLoopback(tt.addr); got != tt.want {
				t.Errorf("isLoopback(%q) = %v, want %v", tt.addr, got, tt.want)
			}
		})
	}
}

func TestPlannerRefusesRemoteAddress(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"planner", "--addr", "0.0.0.0:0"}, strings.NewReader(""), &stdout, &stderr)
	if code != 2 {
		t.Errorf("planner --addr 0.0.0.0:0 exit = %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), "--allow-remote") {
		t.Errorf("stderr = %q, want it to name --allow-remote", stderr.String())
	}
}
