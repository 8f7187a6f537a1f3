package answer

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

// The words of doubt (doubt/<lang>.txt, see doubt/README.md) mark a
// question that doubts someone or something. A question without any is
// given its opening words as features of their own (see featurize), from
// which the classifier learns what an ordinary task's question looks like.

//go:embed doubt/*.txt
var doubtFiles embed.FS

// doubtList is one language's words of doubt.
type doubtList struct {
	words    map[string]bool
	prefixes []string
	phrases  []string // of several words, space-separated, padded with spaces
	dense    []string // Chinese and Thai: matched anywhere
}

var (
	doubtOnce  sync.Once
	doubtLists map[string]*doubtList
)

func loadDoubt() {
	doubtLists = map[string]*doubtList{}
	ents, _ := doubtFiles.ReadDir("doubt")
	for _, e := range ents {
		l := strings.TrimSuffix(e.Name(), ".txt")
		f, err := doubtFiles.Open("doubt/" + e.Name())
		if err != nil {
			continue
		}
		d := &doubtList{words: map[string]bool{}}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if i := strings.IndexByte(w, '#'); i >= 0 {
				w = strings.TrimSpace(w[:i])
			}
			if w == "" {
				continue
			}
			switch {
			case isDenseTerm(w):
				d.dense = append(d.dense, w)
			case strings.HasSuffix(w, "*"):
				d.prefixes = append(d.prefixes, strings.Join(rawWords(strings.TrimSuffix(w, "*")), " "))
			case strings.Contains(w, " "):
				d.phrases = append(d.phrases, " "+strings.Join(rawWords(w), " ")+" ")
			default:
				for _, r := range rawWords(w) {
					d.words[r] = true
				}
			}
		}
		f.Close()
		doubtLists[l] = d
	}
}

// hasDoubt reports whether a question (its raw words, and its text lower
// case) carries a word of doubt of language l or of English.
func hasDoubt(l string, raw []string, lower string) bool {
	doubtOnce.Do(loadDoubt)
	joined := " " + strings.Join(raw, " ") + " "
	for _, d := range []*doubtList{doubtLists[l], doubtLists["en"]} {
		if d == nil {
			continue
		}
		for _, w := range raw {
			if d.words[w] {
				return true
			}
			for _, p := range d.prefixes {
				if strings.HasPrefix(w, p) {
					return true
				}
			}
		}
		for _, p := range d.phrases {
			if strings.Contains(joined, p) {
				return true
			}
		}
		for _, s := range d.dense {
			if strings.Contains(lower, s) {
				return true
			}
		}
	}
	return false
}
