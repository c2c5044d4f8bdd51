package app

import (
	"errors"
	"io/fs"

	"github.com/kooperacja/kooperacja/cooperation"
)

// ErrIsDirectory is the error of reading a directory as a document.
var ErrIsDirectory = errors.New("is a directory")

// readReason says why a file could not be read, in both languages: for the
// errors every system has (no such file, no permission, a directory) our
// own words, the same on every system (Node's WASI and js/wasm write "No
// such file or directory"); for any other, the operating system's own words
// in English, and in Polish what they mean (a Polish message never quotes
// Go's or the system's English).
func readReason(err error) (pl, en string) {
	en = err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		en = pe.Err.Error() // the path is in the message already
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "nie ma takiego pliku", "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "brak uprawnień do jego odczytu", "permission denied"
	case errors.Is(err, ErrIsDirectory):
		return "to jest katalog, a nie plik", en
	}
	return "system operacyjny zgłosił błąd odczytu", en
}

// Unreadable is the Document of an input that could not be read: not valid,
// with one finding document.unreadable that says why, so that a pipeline
// reading validate's JSON sees every input it gave.
func Unreadable(file string, err error, lang cooperation.Lang) Document {
	pl, en := readReason(err)
	params := map[string]string{"file": file, "reason.pl": pl, "reason.en": en}
	f := cooperation.Finding{
		Code:     cooperation.CodeDocumentUnreadable,
		Severity: cooperation.SeverityError,
		Path:     "",
		Message:  cooperation.Message(cooperation.CodeDocumentUnreadable, lang, params),
		Params:   params,
	}
	return Document{File: file, Validation: Validated([]cooperation.Finding{f})}
}

// ReadError is the Usage error of a file a command could not read (a bundle,
// a scenario, a profile), worded in lang.
func ReadError(file string, err error, lang cooperation.Lang) *Error {
	pl, en := readReason(err)
	return &Error{Class: Usage, Message: say(lang,
		"nie można odczytać pliku "+file+": "+pl,
		"cannot read "+file+": "+en)}
}
