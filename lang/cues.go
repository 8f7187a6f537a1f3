package lang

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The cue words are data a speaker can edit without Go: cues/<codes>.yaml,
// cues/neutral.txt and cues/tl-prefixes.txt (cues/README.md explains the
// format). They are read strictly when the package loads; the tests load
// them too, so a bad file fails the build's tests, not a user's message.

// Latin-script candidates, as indices into a score vector.
const (
	iEN = iota
	iVI
	iID
	iMS
	iTL
	iHI
	nLatin
)

var latinCodes = [nLatin]string{English, Vietnamese, Indonesian, Malay, Tagalog, Hindi}

// cue is what one word contributes to each Latin-script language.
type cue [nLatin]float32

//go:embed cues
var cueFiles embed.FS

var (
	cues, neutral, tlPrefixes = mustLoadCues(cueFiles)
)

func mustLoadCues(fsys fs.FS) (map[string]cue, map[string]bool, map[string]bool) {
	c, n, p, err := loadCues(fsys)
	if err != nil {
		panic(err)
	}
	return c, n, p
}

// cueWord is a folded word, or words joined by "_". A chat line's words
// never hold digits (they end a word), so a cue with one could not match.
var cueWord = regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`)

// loadCues reads the cue files under cues/ in fsys.
func loadCues(fsys fs.FS) (map[string]cue, map[string]bool, map[string]bool, error) {
	entries, err := fs.ReadDir(fsys, "cues")
	if err != nil {
		return nil, nil, nil, fmt.Errorf("lang: %w", err)
	}
	index := map[string]int{}
	for i, code := range latinCodes {
		index[code] = i
	}
	m := make(map[string]cue, 1024)
	var errs []error
	for _, e := range entries {
		name := e.Name()
		stem, ok := strings.CutSuffix(name, ".yaml")
		if !ok {
			continue // README.md and the word lists below
		}
		p := path.Join("lang/cues", name)
		var langs []int
		for _, code := range strings.Split(stem, "+") {
			i, ok := index[code]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: %q is not a Latin-script language the detector scores (%s)", p, code, strings.Join(latinCodes[:], ", ")))
				continue
			}
			langs = append(langs, i)
		}
		b, err := fs.ReadFile(fsys, path.Join("cues", name))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		var lists map[string]string
		if err := yaml.Unmarshal(b, &lists); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		seen := map[string]string{}
		for key, words := range lists {
			w, err := strconv.ParseFloat(key, 32)
			if err != nil || w <= 0 || w > 3 {
				errs = append(errs, fmt.Errorf("%s: weight %q must be a number above 0 and at most 3", p, key))
				continue
			}
			for _, word := range strings.Fields(words) {
				if !cueWord.MatchString(word) {
					errs = append(errs, fmt.Errorf("%s: %q is not folded (lower case ASCII letters, \"_\" between words)", p, word))
					continue
				}
				if prev, dup := seen[word]; dup {
					errs = append(errs, fmt.Errorf("%s: %q is listed twice (weights %s and %s)", p, word, prev, key))
					continue
				}
				seen[word] = key
				c := m[word]
				for _, i := range langs {
					c[i] = max(c[i], float32(w))
				}
				m[word] = c
			}
		}
	}
	neutral, err := wordSet(fsys, "neutral.txt")
	if err != nil {
		errs = append(errs, err)
	}
	prefixes, err := wordSet(fsys, "tl-prefixes.txt")
	if err != nil {
		errs = append(errs, err)
	}
	if len(m) == 0 {
		errs = append(errs, errors.New("lang/cues: no cue words"))
	}
	if len(errs) > 0 {
		return nil, nil, nil, errors.Join(errs...)
	}
	return m, neutral, prefixes, nil
}

// wordSet reads a list of folded words separated by spaces or lines, with
// "#" comments.
func wordSet(fsys fs.FS, name string) (map[string]bool, error) {
	b, err := fs.ReadFile(fsys, path.Join("cues", name))
	if err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	out := map[string]bool{}
	for n, line := range strings.Split(string(b), "\n") {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			if !cueWord.MatchString(w) || strings.Contains(w, "_") {
				return nil, fmt.Errorf("lang/cues/%s:%d: %q is not a folded word", name, n+1, w)
			}
			out[w] = true
		}
	}
	return out, nil
}
