package main

import (
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
)

// lineSource is an endless-looking NDJSON stream made on the fly: lines of
// exactly size bytes (newline included), counting the bytes handed out.
type lineSource struct {
	line  []byte
	left  int // lines still to give
	pos   int // in the current line
	given atomic.Int64
}

func (s *lineSource) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) && s.left > 0 {
		c := copy(p[n:], s.line[s.pos:])
		n += c
		s.pos += c
		if s.pos == len(s.line) {
			s.pos = 0
			s.left--
		}
	}
	s.given.Add(int64(n))
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// TestValidateStreamBoundedMemory: with a slow consumer, validate --ndjson
// reads ahead of what it has written by no more than its read buffer and
// its bounded queue of documents, however long the stream; and it reports
// every line, in input order.
func TestValidateStreamBoundedMemory(t *testing.T) {
	const size = 64 << 10 // 64 KiB a line
	const lines = 1000    // 64 MiB in all
	body := `{"schemaVersion":"2","padding":"` + strings.Repeat("x", size-len(`{"schemaVersion":"2","padding":""}`)-1) + `"}` + "\n"
	src := &lineSource{line: []byte(body), left: lines}
	workers := runtime.GOMAXPROCS(0)
	// The bufio.Reader (1 MiB), the queue (2 per worker), one document per
	// worker, the one being read, and a line of slack for a partial read.
	limit := int64(1<<20 + (3*workers+3)*size)
	var emitted, maxAhead int64
	emit := func(r app.Document) {
		if want := "-:" + strconv.FormatInt(emitted+1, 10); r.File != want {
			t.Fatalf("report %d is %s, want %s (input order)", emitted, r.File, want)
		}
		if len(r.Findings) != 1 || r.Findings[0].Code != cooperation.CodeDocumentVersionUnsupported {
			t.Fatalf("%s: findings %v, want document.version_unsupported", r.File, r.Findings)
		}
		emitted++
		ahead := src.given.Load() - emitted*size
		maxAhead = max(maxAhead, ahead)
		if emitted <= 20 {
			time.Sleep(10 * time.Millisecond) // a slow consumer: the reader must wait, not buffer
		}
	}
	if err := validateStream("-", src, app.Options{AsOf: cooperation.MustDate(goldenAsOf)}, emit); err != nil {
		t.Fatal(err)
	}
	if emitted != lines {
		t.Fatalf("%d reports, want %d", emitted, lines)
	}
	if maxAhead > limit {
		t.Errorf("read %d bytes (%d lines) ahead of the output, want at most %d: memory is not bounded",
			maxAhead, maxAhead/size, limit)
	}
	t.Logf("at most %d KiB (%.1f lines) read ahead of the output with %d workers; limit %d KiB", maxAhead>>10, float64(maxAhead)/size, workers, limit>>10)
}
