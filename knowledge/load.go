package knowledge

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

//go:embed articles
var embedded embed.FS

// EmbeddedFS returns the articles compiled into the binary, rooted so that
// files are at "<lang>/<id>.md".
func EmbeddedFS() fs.FS {
	sub, err := fs.Sub(embedded, "articles")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	return sub
}

// LoadFS parses every *.md file under fsys (recursively) except README.md
// and FORMAT.md. It returns the articles it could parse and the errors of
// those it could not, so a lint can report them all at once.
func LoadFS(fsys fs.FS, prefix string) ([]*Article, []error) {
	var files []string
	walkErr := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".md") && name != "README.md" && name != "FORMAT.md" {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		return nil, []error{fmt.Errorf("reading %s: %w", prefix, walkErr)}
	}
	sort.Strings(files)
	reg, regErr := Contacts()
	if regErr != nil {
		return nil, []error{regErr}
	}
	var (
		out  []*Article
		errs []error
	)
	for _, f := range files {
		display := path.Join(prefix, f)
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("reading %s: %w", display, err))
			continue
		}
		a, err := Parse(display, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		a.handBody, a.handSummary = a.Body, a.Summary
		var unknown, more []string
		a.Body, unknown = reg.ExpandRefs(a.Body, a.Lang)
		a.Summary, more = reg.ExpandRefs(a.Summary, a.Lang)
		if unknown = append(unknown, more...); len(unknown) > 0 {
			errs = append(errs, &ParseError{Path: display, Err: fmt.Errorf("{{number:%s}}: no such entry with a number in %s", strings.Join(unknown, "}}, {{number:"), contactsPath)})
			continue
		}
		if a.Body != a.handBody {
			a.Sections = splitSections(a.Body)
			// The warnings a quote adds are the registry's words, not the
			// author's: the length limit does not count them.
			a.generatedWords = max(0, bodyWords(a.Body)-bodyWords(a.handBody))
		}
		a.generatedWords += expandContacts(a, reg)
		out = append(out, a)
	}
	return out, errs
}

// Load returns the embedded base, with the articles of dir (if not empty)
// added or replacing embedded ones of the same id and language. Any parse
// error fails the load: a half-loaded base would answer wrongly.
func Load(dir string) (*Base, error) {
	articles, errs := LoadFS(EmbeddedFS(), "articles")
	if len(errs) > 0 {
		return nil, fmt.Errorf("embedded knowledge base: %w", errors.Join(errs...))
	}
	if dir != "" {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("KNOWLEDGE_DIR: %w", err)
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("KNOWLEDGE_DIR %s is not a directory", dir)
		}
		extra, errs := LoadFS(os.DirFS(dir), dir)
		if len(errs) > 0 {
			return nil, fmt.Errorf("knowledge directory: %w", errors.Join(errs...))
		}
		articles = append(articles, extra...)
	}
	if len(articles) == 0 {
		return nil, errors.New("knowledge base is empty")
	}
	return NewBase(articles), nil
}

// Overlay returns base with the articles of extra added, an extra article
// replacing a base one of the same id and language (as Load does with
// KNOWLEDGE_DIR), so lint sees exactly the set the bot would load.
func Overlay(base, extra []*Article) []*Article {
	replaced := map[key]bool{}
	for _, a := range extra {
		replaced[key{a.ID, a.Lang}] = true
	}
	out := make([]*Article, 0, len(base)+len(extra))
	for _, a := range base {
		if !replaced[key{a.ID, a.Lang}] {
			out = append(out, a)
		}
	}
	return append(out, extra...)
}
