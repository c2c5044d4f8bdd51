package main

import (
	"io"
	"os"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/schema"
)

// readInput reads a file, or standard input for "-". It reads at most one
// byte past the size limit, so that a document too large is reported as
// such (document.too_large) without reading all of it into memory.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, schema.DefaultMaxBytes+1))
	}
	f, err := openFile(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, &os.PathError{Op: "read", Path: name, Err: app.ErrIsDirectory}
	}
	return io.ReadAll(io.LimitReader(f, schema.DefaultMaxBytes+1))
}

// readDocument reads the file of a document operand; an error is printed
// and its exit status returned.
func (c *cli) readDocument(name string) ([]byte, int, bool) {
	data, err := readInput(name, c.stdin)
	if err != nil {
		return nil, c.fail(app.ReadError(name, err, c.language())), false
	}
	return data, 0, true
}
