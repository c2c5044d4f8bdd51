package app

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"iter"
	"strconv"

	"github.com/kooperacja/kooperacja/schema"
)

// ReadLine reads one line of a newline-delimited stream without its
// newline. A line longer than max is consumed and dropped, and reported as
// ErrTooLarge; at the end of the stream the error is io.EOF (with the last
// line, when it has no newline).
func ReadLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max+1 {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			return nil, ErrTooLarge
		}
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// NDJSONRecords yields the records of a newline-delimited stream, one a
// line, each named NAME:LINE; blank lines are skipped, a line over the
// size limit of a document is an input with ErrTooLarge, and an error of
// the stream ends it with an input carrying the error.
func NDJSONRecords(name string, r io.Reader) iter.Seq[RecordInput] {
	return func(yield func(RecordInput) bool) {
		br := bufio.NewReaderSize(r, 1<<16)
		for line := 1; ; line++ {
			data, err := ReadLine(br, schema.DefaultMaxBytes)
			source := name + ":" + strconv.Itoa(line)
			switch {
			case errors.Is(err, ErrTooLarge):
				if !yield(RecordInput{Source: source, Err: ErrTooLarge}) {
					return
				}
				continue
			case len(bytes.TrimSpace(data)) > 0:
				if !yield(RecordInput{Source: source, Data: data}) {
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					yield(RecordInput{Source: source, Err: err})
				}
				return
			}
		}
	}
}
