package paperwork

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/ipw/document"
	"github.com/kooperacja/kooperacja/schema"
)

func init() {
	app.Provide("document", func(in app.Input) (any, *app.Error) {
		r, err := ParseDocumentRequest(in.Docs[1])
		if err != nil {
			return nil, err
		}
		return MakeDocument(in.Docs[0], r, in.Options)
	})
	app.Provide("documents", func(in app.Input) (any, *app.Error) {
		return ListDocuments(in.Docs[0], in.Options)
	})
	app.Provide("diff", func(in app.Input) (any, *app.Error) {
		return DiffOf(in.Docs[0], in.Docs[1], in.Options)
	})
	app.Provide("monitor", func(in app.Input) (any, *app.Error) {
		return app.MonitorOf(in.Docs[0], in.Options)
	})
	app.Provide("region", func(in app.Input) (any, *app.Error) {
		return app.RegionOfList(in.Docs[0], in.Options)
	})
}

// DocumentRequest says which document to make and how. In JavaScript it is
// the object {kind, id, format, draft, generated, previous, lang}; on the
// command line, the kind operand and the flags --id, --format, --draft,
// --generated and --previous.
type DocumentRequest struct {
	// Kind and ID name the document (document.Kind; ids as ListDocuments
	// gives them).
	Kind string `json:"kind"`
	ID   string `json:"id"`
	// Format is html (the default), docx or odt.
	Format string `json:"format,omitempty"`
	// Draft makes the document even when the check finds errors that
	// concern it, marked "PROJEKT" on every page.
	Draft bool `json:"draft,omitempty"`
	// Generated is the date printed as the day the document was made,
	// YYYY-MM-DD; default today in Europe/Warsaw.
	Generated string `json:"generated,omitempty"`
	// Previous is the previous version of the bundle: a review record then
	// tells what changed in the IPW since it.
	Previous json.RawMessage `json:"previous,omitempty"`
	// Lang, when given, is the language of the document, as the options'
	// lang (for a JavaScript caller who gives it here).
	Lang string `json:"lang,omitempty"`
}

// ParseDocumentRequest reads a request given as JSON (the JavaScript
// caller's object). Unknown keys are an error: they are usually typos.
func ParseDocumentRequest(data []byte) (DocumentRequest, *app.Error) {
	var r DocumentRequest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if errors.Is(err, io.EOF) {
			msg = "empty"
		}
		return r, app.UsageErrorf("request: %s (give an object {kind, id, format, draft, generated, previous, lang})", msg)
	}
	return r, nil
}

// DocumentFile is the answer of document: one document of the model as a
// file. The JavaScript caller shows an HTML document (Text) in the page and
// prints it, and offers a DOCX file (Base64) as a download named FileName,
// of type MediaType; the command line writes Bytes to a file.
type DocumentFile struct {
	Kind      document.Kind    `json:"kind"`
	ID        string           `json:"id"`
	Title     string           `json:"title"`
	Path      cooperation.Path `json:"path"`
	Format    document.Format  `json:"format"`
	FileName  string           `json:"fileName"`
	MediaType string           `json:"mediaType"`
	Draft     bool             `json:"draft"`
	// Findings are the errors that concern the document: the reasons a
	// draft was asked for.
	Findings []cooperation.Finding `json:"findings,omitempty"`
	// Text is the HTML page (format html).
	Text string `json:"text,omitempty"`
	// Base64 is the DOCX or ODT file, base64-encoded (format docx, odt).
	Base64 string `json:"base64,omitempty"`

	data []byte
}

// Bytes is the file's content.
func (f DocumentFile) Bytes() []byte { return f.data }

// MakeDocument makes the document r asks for from a bundle. A bundle that
// cannot be read, a previous version that cannot be read, and a document
// the check's errors concern (unless r.Draft) are Invalid errors carrying
// the findings; an unknown kind, id, format or date is a Usage error.
func MakeDocument(bundle []byte, r DocumentRequest, o app.Options) (DocumentFile, *app.Error) {
	if r.Lang != "" {
		l, err := app.ParseLang(r.Lang)
		if err != nil {
			return DocumentFile{}, app.UsageErrorf("lang: %s", err.Message)
		}
		o.Lang = l
	}
	format, err := documentFormat(r.Format)
	if err != nil {
		return DocumentFile{}, err
	}
	set, err := documentSet(bundle, r, o)
	if err != nil {
		return DocumentFile{}, err
	}
	d, derr := set.Build(document.Kind(r.Kind), r.ID)
	var refused *document.RefusedError
	var missing *document.NotFoundError
	switch {
	case errors.As(derr, &refused):
		return DocumentFile{}, &app.Error{Class: app.Invalid, Message: refused.Summary(), Findings: refused.Findings}
	case errors.As(derr, &missing):
		return DocumentFile{}, &app.Error{Class: app.Usage, Message: missing.Error()}
	case derr != nil:
		return DocumentFile{}, &app.Error{Class: app.Usage, Message: derr.Error()}
	}
	return fileOf(d, format)
}

// MakeDocuments makes every document of a bundle that is not refused (all
// of them as drafts with r.Draft), in r's format; the refusals come beside
// them. r's kind and id are not used.
func MakeDocuments(bundle []byte, r DocumentRequest, o app.Options) ([]DocumentFile, []*document.RefusedError, *app.Error) {
	format, err := documentFormat(r.Format)
	if err != nil {
		return nil, nil, err
	}
	set, err := documentSet(bundle, r, o)
	if err != nil {
		return nil, nil, err
	}
	docs, refused := set.All()
	files := make([]DocumentFile, 0, len(docs))
	for _, d := range docs {
		f, err := fileOf(d, format)
		if err != nil {
			return nil, nil, err
		}
		files = append(files, f)
	}
	return files, refused, nil
}

// DocumentList is the answer of documents: every document a bundle has the
// data for, with the errors that would refuse it.
type DocumentList struct {
	Documents []document.Ref `json:"documents"`
}

// ListDocuments lists the documents of a bundle (document.Set.List).
func ListDocuments(bundle []byte, o app.Options) (DocumentList, *app.Error) {
	set, err := documentSet(bundle, DocumentRequest{}, o)
	if err != nil {
		return DocumentList{}, err
	}
	refs := set.List()
	if refs == nil {
		refs = []document.Ref{}
	}
	return DocumentList{Documents: refs}, nil
}

// HasErrors reports whether some document of the list would be refused.
func (l DocumentList) HasErrors() bool {
	for _, r := range l.Documents {
		if len(r.Findings) > 0 {
			return true
		}
	}
	return false
}

// Text writes the list for people: kind, id and title, and how many errors
// stop a document.
func (l DocumentList) Text(w io.Writer, lang cooperation.Lang) error {
	var b strings.Builder
	width := 0
	for _, r := range l.Documents {
		width = max(width, len(r.Kind)+1+len(r.ID))
	}
	for _, r := range l.Documents {
		name := string(r.Kind) + " " + r.ID
		b.WriteString(name + strings.Repeat(" ", width+2-len(name)) + r.Title)
		if n := len(r.Findings); n > 0 {
			b.WriteString(app.Say(lang, "  [nie do wydruku: ", "  [refused: ") + app.CountErrors(n, lang) + "]")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// documentSet reads the bundle (and the previous version) and checks it
// for its documents.
func documentSet(bundle []byte, r DocumentRequest, o app.Options) (*document.Set, *app.Error) {
	b, opts, rejected, err := app.ReadBundleInPart(bundle, o)
	if err != nil {
		return nil, err
	}
	docOpts := []document.Option{document.With(opts...), document.GeneratedOn(app.Today()), document.Rejected(rejected...)}
	if r.Generated != "" {
		d, err := app.ParseDate(r.Generated)
		if err != nil {
			return nil, app.UsageErrorf("generated: %s", err.Message)
		}
		docOpts = append(docOpts, document.GeneratedOn(d))
	}
	if r.Draft {
		docOpts = append(docOpts, document.Draft())
	}
	if len(bytes.TrimSpace(r.Previous)) > 0 && !bytes.Equal(bytes.TrimSpace(r.Previous), []byte("null")) {
		prev, findings := schema.Decode(r.Previous, opts...)
		if prev == nil {
			return nil, app.InvalidDocument(o.Language(), findings,
				"nie można odczytać poprzedniej wersji pakietu",
				"the previous version of the bundle cannot be read")
		}
		docOpts = append(docOpts, document.Previous(prev))
	}
	set, derr := document.New(b, docOpts...)
	if derr != nil {
		// New fails only without a date, and readBundle gives one.
		return nil, &app.Error{Class: app.Usage, Message: derr.Error()}
	}
	return set, nil
}

func documentFormat(s string) (document.Format, *app.Error) {
	switch f := document.Format(s); f {
	case "":
		return document.HTML, nil
	case document.HTML, document.DOCX, document.ODT:
		return f, nil
	}
	return "", app.UsageErrorf("format: %s is not one of html, docx, odt", strconv.Quote(s))
}

// fileOf writes d in format f.
func fileOf(d *document.Document, f document.Format) (DocumentFile, *app.Error) {
	var buf bytes.Buffer
	if err := d.Write(&buf, f); err != nil {
		return DocumentFile{}, &app.Error{Class: app.Usage, Message: err.Error()}
	}
	out := DocumentFile{
		Kind: d.Kind, ID: d.ID, Title: d.Title, Path: d.Path, Format: f,
		FileName: d.FileName(f), MediaType: f.MediaType(), Draft: d.Draft, Findings: d.Findings,
		data: buf.Bytes(),
	}
	if f == document.HTML {
		out.Text = buf.String()
	} else {
		out.Base64 = base64.StdEncoding.EncodeToString(buf.Bytes())
	}
	return out, nil
}
