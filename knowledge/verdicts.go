package knowledge

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"regexp"

	"gopkg.in/yaml.v3"
)

// verdictFile holds, per language, the "is safe"-style phrasing the lint
// refuses and the negations that turn it into a warning: data a
// translator edits, with the format explained at its top.
//
//go:embed verdicts.yaml
var verdictFile []byte

// verdictRule is one language's patterns.
type verdictRule struct {
	verdict, negation *regexp.Regexp
}

var verdicts = mustLoadVerdicts(verdictFile)

func mustLoadVerdicts(b []byte) map[string]verdictRule {
	v, err := loadVerdicts(b)
	if err != nil {
		panic(err)
	}
	return v
}

// langCode is the form of a language code (this package cannot import
// lang, which trains on the articles); Lint reports a language with
// articles but no patterns.
var langCode = regexp.MustCompile(`^[a-z]{2}$`)

// loadVerdicts decodes the file strictly: an unknown field, a key that is
// not a language code, a repeated language, a missing or invalid pattern
// is an error.
func loadVerdicts(b []byte) (map[string]verdictRule, error) {
	var raw map[string]struct {
		Verdict  string `yaml:"verdict"`
		Negation string `yaml:"negation"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("knowledge/verdicts.yaml: %w", err)
	}
	out := map[string]verdictRule{}
	for code, r := range raw {
		if !langCode.MatchString(code) {
			return nil, fmt.Errorf("knowledge/verdicts.yaml: %q is not a language code", code)
		}
		if r.Verdict == "" || r.Negation == "" {
			return nil, fmt.Errorf("knowledge/verdicts.yaml: %s: both verdict and negation are required", code)
		}
		var rule verdictRule
		var err error
		if rule.verdict, err = regexp.Compile(r.Verdict); err != nil {
			return nil, fmt.Errorf("knowledge/verdicts.yaml: %s verdict: %w", code, err)
		}
		if rule.negation, err = regexp.Compile(r.Negation); err != nil {
			return nil, fmt.Errorf("knowledge/verdicts.yaml: %s negation: %w", code, err)
		}
		out[code] = rule
	}
	return out, nil
}
