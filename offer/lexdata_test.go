package offer

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLexiconData: the embedded lexicon loads with no problem and every
// phrase is found in its test case.
func TestLexiconData(t *testing.T) {
	for _, p := range LintData() {
		t.Error(p)
	}
}

// TestSwallowedPayEntries: a comment inside a Go list once swallowed the
// Indonesian and Malay "pay" entries and the Indonesian "ticket"; as data
// they must be found again.
func TestSwallowedPayEntries(t *testing.T) {
	tests := []struct {
		text string
		c    concept
	}{
		{"Anda harus bayar dulu", cPayVerb},
		{"bayaran sebanyak RM300", cPayVerb},
		{"transfer dulu ke rekening kami", cPayVerb},
		{"tiket pesawat ditanggung", cTravelNoun},
		{"tiket ke Phnom Penh", cTravelNoun},
	}
	ac := lexiconAutomaton()
	for _, tt := range tests {
		var s scan
		s.run(ac, tt.text)
		if !s.has(tt.c) {
			t.Errorf("%q: no %s", tt.text, conceptNames[tt.c])
		}
	}
	// And the fee they make: Indonesian "biaya ... bayar".
	if r := New().Check("Biaya visa Rp 5.000.000, bayar ke agen sebelum berangkat."); !hasRule(r, "money.fee") {
		t.Errorf("bayar next to a fee: %+v", r.Signals)
	}
}

// TestLexiconLoader: the loader rejects what would silently break the
// matcher.
func TestLexiconLoader(t *testing.T) {
	folds := "traps:\n  vi:\n    ve: \"về\"\nreviewed:\n  fee: ok\n"
	base := func(extra map[string]string) fstest.MapFS {
		m := fstest.MapFS{"folds.yaml": {Data: []byte(folds)}}
		for c := concept(0); c < nConcepts; c++ {
			m[conceptNames[c]+".yaml"] = &fstest.MapFile{Data: []byte("concept: " + conceptNames[c] + "\nphrases:\n  en:\n    - some phrase " + conceptNames[c] + "\n")}
		}
		for k, v := range extra {
			if v == "" {
				delete(m, k)
				continue
			}
			m[k] = &fstest.MapFile{Data: []byte(v)}
		}
		return m
	}
	tests := []struct {
		name  string
		files map[string]string
		want  string // substring of a problem; "" = no problem
	}{
		{"valid", nil, ""},
		{"duplicate", map[string]string{"fee.yaml": "concept: fee\nphrases:\n  en:\n    - visa fee\n  vi:\n    - Visa  FEE\n"}, "duplicate phrase"},
		{"duplicate by hyphen", map[string]string{"fee.yaml": "concept: fee\nphrases:\n  en:\n    - top-up\n    - top up\n"}, "duplicate phrase"},
		{"unknown concept", map[string]string{"feez.yaml": "concept: feez\nphrases:\n  en:\n    - x y\n"}, "unknown concept"},
		{"unknown field", map[string]string{"fee.yaml": "concept: fee\nphrase:\n  en:\n    - visa fee\n"}, "not found"},
		{"unknown language", map[string]string{"fee.yaml": "concept: fee\nphrases:\n  xx:\n    - visa fee\n"}, "unknown language"},
		{"folds into a common word", map[string]string{"paid-travel.yaml": "concept: paid-travel\nphrases:\n  vi:\n    - vé\n"}, "folds into the common word"},
		{"short and not reviewed", map[string]string{"only.yaml": "concept: only\nphrases:\n  hi:\n    - bas\n"}, "short phrase"},
		{"short and reviewed", map[string]string{"fee.yaml": "concept: fee\nphrases:\n  en:\n    - fee\n"}, ""},
		{"missing concept", map[string]string{"fee.yaml": ""}, "missing"},
		{"example does not fire", map[string]string{"fee.yaml": "concept: fee\nphrases:\n  en:\n    - visa fee | the visa is free\n"}, "not found in its example"},
		{"Devanagari under vi", map[string]string{"secret.yaml": "concept: secret\nphrases:\n  vi:\n    - किसी को मत बताना\n"}, "file it under hi"},
		{"Thai under ms", map[string]string{"secret.yaml": "concept: secret\nphrases:\n  ms:\n    - อย่าบอกใคร\n"}, "file it under th"},
		{"Han under other is a place name", map[string]string{"hotspot.yaml": "concept: hotspot\nphrases:\n  other:\n    - 妙瓦底\n"}, ""},
		{"example fires", map[string]string{"fee.yaml": "concept: fee\nphrases:\n  en:\n    - visa fee | pay the Visa Fee now\n"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probs := lintLexicon(base(tt.files))
			if tt.want == "" {
				if len(probs) > 0 {
					t.Errorf("problems: %v", probs)
				}
				return
			}
			for _, p := range probs {
				if strings.Contains(p, tt.want) {
					return
				}
			}
			t.Errorf("want a problem with %q, got %v", tt.want, probs)
		})
	}
}

func hasRule(r Result, id string) bool {
	for _, s := range r.Signals {
		if s.Rule == id {
			return true
		}
	}
	return false
}
