// Package catalog loads interface strings that translators edit as data:
// one YAML file per language, decoded strictly into a struct of string
// fields, with English as the complete reference every other language
// falls back to, key by key.
//
// A file is a flat YAML mapping from keys (the struct's yaml tags) to
// strings. Unknown keys, duplicate keys, values that are not strings, a
// file for a language the bot does not speak and a translation whose
// format verbs (%s, %d) differ from the English ones are errors: each of
// them would otherwise show up as a blank, a stray English phrase or a
// "%!d(string=…)" in front of a user.
package catalog

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/scambot/scambot/lang"
)

// Catalog holds the strings of every supported language, each already
// completed from English.
type Catalog[T any] struct {
	dir          string
	byLang       map[string]*T
	untranslated map[string][]string
	files        map[string]bool
}

// Report is what `scambot kb lint` needs to know about a catalog, whatever
// its struct type.
type Report interface {
	// Dir is where the catalog's files live in the source tree.
	Dir() string
	// Untranslated lists, per supported language, the keys that fall back
	// to English (every key when the language has no file), in file order.
	Untranslated() map[string][]string
	// HasFile reports whether language l has a file of its own.
	HasFile(l string) bool
}

// MustLoad is Load for embedded files, which tests check: an error is a
// build defect, so it panics.
func MustLoad[T any](fsys fs.FS, dir, src string) *Catalog[T] {
	c, err := Load[T](fsys, dir, src)
	if err != nil {
		panic(err)
	}
	return c
}

// Load reads dir/<lang>.yaml for every file in dir. T must be a struct
// whose fields are all strings with a yaml tag. en.yaml must set every key.
// src names dir in the source tree ("bot/locales"), for messages.
func Load[T any](fsys fs.FS, dir, src string) (*Catalog[T], error) {
	keys, err := keysOf[T]()
	if err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	c := &Catalog[T]{dir: src, byLang: map[string]*T{}, untranslated: map[string][]string{}, files: map[string]bool{}}
	raw := map[string]*T{}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") {
			continue
		}
		p, shown := path.Join(dir, name), path.Join(src, name)
		l, ok := strings.CutSuffix(name, ".yaml")
		if !ok {
			errs = append(errs, fmt.Errorf("%s: not a <lang>.yaml file", shown))
			continue
		}
		if !lang.Valid(l) {
			errs = append(errs, fmt.Errorf("%s: %q is not a supported language (add it to lang.Supported first)", shown, l))
			continue
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, fmt.Errorf("catalog: %w", err))
			continue
		}
		s, err := decode[T](b)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", shown, err))
			continue
		}
		raw[l] = s
		c.files[l] = true
	}
	en, ok := raw[lang.English]
	if !ok {
		errs = append(errs, fmt.Errorf("%s: no en.yaml, the reference every language falls back to", src))
		return nil, errors.Join(errs...)
	}
	env := reflect.ValueOf(en).Elem()
	for i, k := range keys {
		if env.Field(i).String() == "" {
			errs = append(errs, fmt.Errorf("%s/en.yaml: %s is missing or empty; English must set every key", src, k))
		}
	}
	for _, l := range lang.Supported {
		s, ok := raw[l]
		if !ok {
			s = new(T)
		}
		v := reflect.ValueOf(s).Elem()
		for i, k := range keys {
			f := v.Field(i)
			if f.String() == "" {
				f.SetString(env.Field(i).String())
				if l != lang.English {
					c.untranslated[l] = append(c.untranslated[l], k)
				}
				continue
			}
			if want, got := verbs(env.Field(i).String()), verbs(f.String()); !slices.Equal(want, got) {
				errs = append(errs, fmt.Errorf("%s/%s.yaml: %s has format verbs %v, English has %v (keep each %%s and %%d, in the same order)",
					src, l, k, got, want))
			}
		}
		c.byLang[l] = s
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}

// decode reads one file strictly: a mapping of known keys to strings.
func decode[T any](b []byte) (*T, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 {
		return new(T), nil // an empty file: everything falls back
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: want key: text pairs", root.Line)
	}
	for i := 1; i < len(root.Content); i += 2 {
		k, v := root.Content[i-1], root.Content[i]
		if v.Kind != yaml.ScalarNode || (v.Tag != "!!str" && v.Tag != "!!null") {
			return nil, fmt.Errorf("line %d: %s must be text (put it in quotes)", v.Line, k.Value)
		}
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	s := new(T)
	if err := dec.Decode(s); err != nil {
		return nil, err
	}
	return s, nil
}

// keysOf returns T's yaml keys in field order, checking T's shape.
func keysOf[T any]() ([]string, error) {
	t := reflect.TypeFor[T]()
	if t.Kind() != reflect.Struct {
		return nil, fmt.Errorf("catalog: %v is not a struct", t)
	}
	keys := make([]string, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		k, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if f.Type.Kind() != reflect.String || k == "" || k == "-" {
			return nil, fmt.Errorf("catalog: %v.%s must be a string with a yaml key", t, f.Name)
		}
		keys[i] = k
	}
	return keys, nil
}

// verb matches the verbs the strings use; it leaves "100% sure" alone.
var verb = regexp.MustCompile(`%[0-9]*(\.[0-9]+)?[sdvqf%]`)

// verbs lists the format verbs of s in order, leaving out the literal "%%".
func verbs(s string) []string {
	var out []string
	for _, v := range verb.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

// Get returns the strings in language l, English for an unsupported one.
func (c *Catalog[T]) Get(l string) *T {
	if s, ok := c.byLang[l]; ok {
		return s
	}
	return c.byLang[lang.English]
}

// Dir implements Report.
func (c *Catalog[T]) Dir() string { return c.dir }

// HasFile implements Report.
func (c *Catalog[T]) HasFile(l string) bool { return c.files[l] }

// Untranslated implements Report.
func (c *Catalog[T]) Untranslated() map[string][]string {
	out := make(map[string][]string, len(c.untranslated))
	for l, ks := range c.untranslated {
		out[l] = slices.Clone(ks)
	}
	return out
}
