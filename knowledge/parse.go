package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// ParseError is a problem at a line of an article file.
type ParseError struct {
	Path string
	Line int // 1-based; 0 when the whole file is concerned
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var errNoFrontMatter = errors.New("missing front matter: the file must start with a line \"---\"")

// Parse reads one article file: YAML front matter between "---" lines,
// then the Markdown body. path is only used in errors.
func Parse(path string, data []byte) (*Article, error) {
	if !utf8.Valid(data) {
		return nil, &ParseError{Path: path, Err: errors.New("file is not valid UTF-8")}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(text, "---\n") {
		return nil, &ParseError{Path: path, Line: 1, Err: errNoFrontMatter}
	}
	rest := text[len("---\n"):]
	end := strings.Index(rest, "\n---\n")
	var front, body string
	switch {
	case end >= 0:
		front, body = rest[:end+1], rest[end+len("\n---\n"):]
	case strings.HasSuffix(rest, "\n---"):
		front = rest[:len(rest)-len("---")]
	default:
		return nil, &ParseError{Path: path, Line: 1, Err: errors.New("front matter is not closed by a line \"---\"")}
	}
	var a Article
	dec := yaml.NewDecoder(strings.NewReader(front))
	dec.KnownFields(true)
	if err := dec.Decode(&a); err != nil {
		return nil, yamlError(path, err)
	}
	a.Path = path
	a.Body = strings.TrimSpace(body)
	a.Sections = splitSections(a.Body)
	return &a, nil
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlError turns a yaml.v3 error into a ParseError whose line counts from
// the top of the file (the front matter starts on line 2).
func yamlError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	// yaml.v3 counts lines from 1 in "unmarshal errors" but from 0 in
	// syntax errors; the front matter itself starts on line 2.
	offset := 2
	if strings.HasPrefix(msg, "unmarshal errors:") {
		offset = 1
		msg = strings.TrimSpace(strings.TrimPrefix(msg, "unmarshal errors:"))
	}
	line := 0
	msg = yamlLine.ReplaceAllStringFunc(msg, func(m string) string {
		n, convErr := strconv.Atoi(yamlLine.FindStringSubmatch(m)[1])
		if convErr != nil {
			return m
		}
		if line == 0 {
			line = n + offset
		}
		return "line " + strconv.Itoa(n+offset)
	})
	return &ParseError{Path: path, Line: line, Err: fmt.Errorf("front matter: %s", msg)}
}

// splitSections cuts a body at its "## " headings.
func splitSections(body string) []Section {
	var out []Section
	cur := Section{}
	var buf []string
	flush := func() {
		cur.Text = strings.TrimSpace(strings.Join(buf, "\n"))
		if cur.Heading != "" || cur.Text != "" {
			out = append(out, cur)
		}
		buf = buf[:0]
	}
	for _, line := range strings.Split(body, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			flush()
			cur = Section{Heading: strings.TrimSpace(h)}
			continue
		}
		buf = append(buf, line)
	}
	flush()
	return out
}
