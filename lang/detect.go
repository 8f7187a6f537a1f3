package lang

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxInput bounds how much of a message is read: a chat line shows its
// language in the first sentences, and a pasted megabyte must cost no more
// than a short question.
const maxInput = 4 << 10

// Detection is Detect with a confidence in [0,1] and whether the text
// carried enough signal: confidence 0 means it carried none (empty, emoji,
// digits, links, only loanwords such as "scam" or "ok") and code is the
// English fallback. Values near 1 mean the script or many telling words
// agree; below about 0.3 the guess rests on little, and a caller with a
// better hint (the user's /lang choice, the client's locale) should prefer it.
//
// How: scripts first. Han is Chinese, Thai script Thai, Devanagari Hindi;
// when scripts mix, the larger share wins, counting a Han character as three
// letters and ignoring borrowed Latin words. Latin-script text is scored with
// cues people keep even in informal, code-switched chat: function words and
// particles of each language (cues/, data), the shape of Vietnamese syllables
// typed without diacritics (vietnamese.go), Vietnamese-only letters, Tagalog
// verb prefixes on borrowed words (nag-offer, i-report) and Malay/Indonesian
// reduplication (tanda2). When the two best candidates stay close, a
// character-trigram model trained on the embedded articles breaks the tie
// (see ngram.go for why it is not the first resort).
func Detection(text string) (code string, confidence float64) {
	var s scan
	s.run(truncate(text, maxInput))
	if code, conf, ok := s.byScript(); ok {
		return code, conf
	}
	return s.byWords()
}

// truncate cuts s to at most n bytes without splitting a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// scan holds what one pass over the text found.
type scan struct {
	han, kana, thai, deva, other int    // letters per non-Latin script
	latin                        int    // letters in Latin words that are not loanwords
	viLetters                    int    // Vietnamese-only letters and marks
	redup                        int    // Malay/Indonesian "tanda2"
	folded                       []byte // Latin words, folded, space-separated
	text                         string // folded once complete
	words                        []span // the words in text
}

type span struct{ start, end int }

func (s *scan) word(i int) string {
	return s.text[s.words[i].start:s.words[i].end]
}

func (s *scan) run(text string) {
	s.folded = make([]byte, 0, len(text))
	for field := range strings.FieldsSeq(text) {
		if isLink(field) {
			continue
		}
		s.field(field)
	}
	s.text = string(s.folded)
	for i := range s.words {
		if w := s.word(i); !neutral[w] {
			s.latin += len(w)
		}
	}
}

// field splits one whitespace-separated field into Latin words, counting
// the letters of other scripts on the way.
func (s *scan) field(f string) {
	start := -1 // start of the current word in s.folded
	end := func() {
		if start >= 0 {
			// A word ends on a letter, not on a hyphen.
			for len(s.folded) > start && s.folded[len(s.folded)-1] == '-' {
				s.folded = s.folded[:len(s.folded)-1]
			}
			if len(s.folded) > start {
				s.words = append(s.words, span{start, len(s.folded)})
				s.folded = append(s.folded, ' ')
			}
			start = -1
		}
	}
	for _, r := range f {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			if start < 0 {
				start = len(s.folded)
			}
			s.folded = append(s.folded, byte(fold(r)))
		case r == '-' && start >= 0:
			s.folded = append(s.folded, '-')
		case (r == '\'' || r == '’') && start >= 0:
			// don't → dont
		case start >= 0 && unicode.Is(unicode.Mn, r):
			// Decomposed Vietnamese: the hook, horn and dot below are
			// Vietnamese; other accents just drop.
			switch r {
			case 0x0309, 0x031B, 0x0323:
				s.viLetters++
			}
		case unicode.Is(unicode.Latin, r):
			if start < 0 {
				start = len(s.folded)
			}
			if vietnameseLetter(r) {
				s.viLetters++
			}
			s.folded = utf8.AppendRune(s.folded, fold(unicode.ToLower(r)))
		default:
			if r == '2' && start >= 0 && len(s.folded)-start >= 3 {
				s.redup++
			}
			end()
			switch {
			case unicode.Is(unicode.Han, r):
				s.han++
			case unicode.In(r, unicode.Hiragana, unicode.Katakana):
				s.kana++
			case unicode.Is(unicode.Thai, r):
				s.thai++
			case unicode.Is(unicode.Devanagari, r):
				s.deva++
			case unicode.IsLetter(r):
				s.other++
			}
		}
	}
	end()
}

// isLink reports whether a whitespace-separated field is a URL, an e-mail
// address or a handle: their letters say nothing about the language.
func isLink(f string) bool {
	f = strings.ToLower(strings.Trim(f, "()[]<>\"'.,;:!?"))
	if strings.Contains(f, "://") || strings.HasPrefix(f, "www.") || strings.Contains(f, "@") {
		return true
	}
	host, _, _ := strings.Cut(f, "/")
	if i := strings.LastIndexByte(host, '.'); i > 0 {
		switch host[i+1:] {
		case "com", "net", "org", "io", "me", "ly", "gg", "co", "info", "app", "link", "xyz",
			"vn", "id", "my", "ph", "th", "in", "cn", "kh", "la", "mm", "sg", "uk", "us":
			return true
		}
	}
	return false
}

// byScript decides by writing system when a non-Latin script dominates.
func (s *scan) byScript() (code string, confidence float64, ok bool) {
	// A Han character carries about as much as a short Latin word.
	han, kana := 3*s.han, 3*s.kana
	best, n := "", 0
	for _, c := range []struct {
		code string
		n    int
	}{{Chinese, han}, {Thai, s.thai}, {Hindi, s.deva}, {"", kana + s.other}} {
		if c.n > n {
			best, n = c.code, c.n
		}
	}
	// Native script counts double against Latin: Latin words in such lines
	// are mostly names and loanwords.
	if n == 0 || 2*n < s.latin {
		return "", 0, false
	}
	if best == "" {
		// Japanese, Korean, Cyrillic, Arabic…: none of ours.
		return English, 0, true
	}
	total := han + kana + s.thai + s.deva + s.other + s.latin
	share := float64(n) / float64(total)
	return best, round(share * (1 - math.Exp(-float64(n)/4))), true
}

// tieMargin is the lexical lead below which the trigram model is asked.
const tieMargin = 2

// minScore is the lexical evidence below which a Latin line is English.
const minScore = 1.5

// trigramWeight is what a certain trigram verdict counts, in cue points:
// less than two strong cue words, so letters only decide between
// languages the words left close.
const trigramWeight = 2.5

func (s *scan) byWords() (code string, confidence float64) {
	var score [nLatin]float64
	s.cues(&score)
	first, second := rank(&score)
	// evidence is what the winner's case rests on. Indonesian and Malay
	// share most of their spelling: when the letters say "one of the two"
	// without telling which, that is still evidence against English, as
	// the cue words they share count for both.
	evidence := score[first]
	// The trigram model needs a few words to say anything useful; on a
	// name or two ("Sihanoukville casino") its guess is noise.
	if score[first]-score[second] < tieMargin && s.latin >= 12 && s.content() >= 3 {
		if ls, ok := loadTrigrams().scores(s.trigramText()); ok {
			for i := range score {
				score[i] += trigramWeight * ls[i]
			}
			first, second = rank(&score)
			evidence = score[first]
			switch first {
			case iID:
				evidence += trigramWeight * ls[iMS]
			case iMS:
				evidence += trigramWeight * ls[iID]
			}
		}
	}
	if evidence < minScore {
		if score[first] == 0 {
			return English, 0
		}
		return English, round(0.1 * score[first])
	}
	// Confidence grows with the evidence for the winner and with its lead:
	// a tie between Indonesian and Malay still says "one of the two".
	strength := 1 - math.Exp(-score[first]/3)
	lead := 1 - math.Exp(-(score[first]-score[second])/2)
	return latinCodes[first], round(strength * (0.5 + 0.5*lead))
}

// content counts the words that are not loanwords.
func (s *scan) content() int {
	n := 0
	for i := range s.words {
		if !neutral[s.word(i)] {
			n++
		}
	}
	return n
}

// cues adds the lexical evidence for each language to score.
func (s *scan) cues(score *[nLatin]float64) {
	var syllables, words int
	var pair []byte
	for i := range s.words {
		w := s.word(i)
		if neutral[w] {
			continue
		}
		if strings.IndexByte(w, '-') > 0 {
			s.hyphenated(w, score)
		} else {
			add(score, cues[w], 1)
		}
		if i+1 < len(s.words) {
			pair = append(append(append(pair[:0], w...), '_'), s.word(i+1)...)
			add(score, cues[string(pair)], 1)
		}
		// English words that are also Vietnamese syllables (the, can, to,
		// me) would make short English lines look Vietnamese: leave them out.
		if len(w) >= 2 && isASCIILetters(w) && cues[w][iEN] == 0 {
			words++
			if viSyllable(w) {
				syllables++
			}
		}
	}
	// A line of (nearly) only Vietnamese-shaped syllables is Vietnamese.
	if words >= 3 {
		if share := float64(syllables) / float64(words); share > 0.6 {
			score[iVI] += (share - 0.6) / 0.4 * 0.6 * float64(min(words, 10))
		}
	}
	score[iVI] += 2 * float64(min(s.viLetters, 10))
	score[iID] += float64(min(s.redup, 3))
	score[iMS] += float64(min(s.redup, 3))
}

// hyphenated scores a hyphenated word: Tagalog prefixes on borrowed words
// (nag-offer, i-report, nire-recruit), reduplication (kawan-kawan), and the
// parts as words.
func (s *scan) hyphenated(w string, score *[nLatin]float64) {
	parts := strings.Split(w, "-")
	p0, p1 := parts[0], parts[1]
	switch {
	case p0 == p1:
		score[iID]++
		score[iMS]++
	case tlPrefixes[p0] || len(p0) <= 6 && hasAnyPrefix(p0, "ni", "na", "ma", "pa", "ka", "i"):
		score[iTL] += 2
		parts = parts[1:]
	}
	for _, p := range parts {
		if !neutral[p] {
			add(score, cues[p], 1)
		}
	}
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func add(score *[nLatin]float64, c cue, times float64) {
	for i, v := range c {
		score[i] += float64(v) * times
	}
}

// rank returns the indices of the best and second-best scores; ties go to
// the earlier language (English first).
func rank(score *[nLatin]float64) (first, second int) {
	first, second = 0, 1
	if score[second] > score[first] {
		first, second = second, first
	}
	for i := 2; i < nLatin; i++ {
		switch {
		case score[i] > score[first]:
			first, second = i, first
		case score[i] > score[second]:
			second = i
		}
	}
	return first, second
}

func round(f float64) float64 {
	return math.Round(f*100) / 100
}
