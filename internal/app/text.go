package app

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/kooperacja/kooperacja/cooperation"
)

// WriteText writes an answer for people on a terminal, in lang: through the
// answer's own Text method, else as indented JSON.
func WriteText(w io.Writer, answer any, lang cooperation.Lang) error {
	if t, ok := answer.(interface {
		Text(io.Writer, cooperation.Lang) error
	}); ok {
		return t.Text(w, lang)
	}
	return WriteJSON(w, answer)
}

// WriteJSON writes an answer as indented JSON and a newline: the bytes of
// AppendJSON, indented by two spaces.
func WriteJSON(w io.Writer, answer any) error {
	b, err := AppendJSON(nil, answer)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}

// say picks the Polish or the English text.
func say(lang cooperation.Lang, pl, en string) string {
	if lang == cooperation.English {
		return en
	}
	return pl
}

// marshal is json.Marshal, for the answers that write their own JSON.
func marshal(v any) ([]byte, error) { return json.Marshal(v) }
