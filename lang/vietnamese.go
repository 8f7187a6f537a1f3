package lang

import "strings"

// Vietnamese is often typed without diacritics in chat ("toi dang bi giu o
// campuchia"), which defeats n-gram models trained on written Vietnamese.
// What survives the missing diacritics is the shape of the words: every
// Vietnamese word is one syllable built from a small set of initials, vowel
// nuclei and finals. A line where nearly every word fits that shape is very
// likely Vietnamese; English, Malay, Indonesian, Tagalog and romanised Hindi
// have too many multi-syllable words and foreign finals (-s, -k, -l, -r).

// Vietnamese-only letters: with any of these present the text is Vietnamese
// typed with diacritics.
func vietnameseLetter(r rune) bool {
	switch r {
	case 'ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư', 'Ă', 'Â', 'Đ', 'Ê', 'Ô', 'Ơ', 'Ư':
		return true
	}
	// Latin Extended Additional: the precomposed letters with a tone mark
	// under or over a vowel (ạ ả ấ … ỹ) exist for Vietnamese.
	return r >= 0x1EA0 && r <= 0x1EF9
}

// fold maps an accented Latin letter to its lowercase ASCII base letter
// ('ệ' → 'e', 'đ' → 'd'); other runes are lowercased.
func fold(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if b, ok := foldTable[r]; ok {
		return b
	}
	return r
}

var foldTable = func() map[rune]rune {
	groups := map[rune]string{
		'a': "àáảãạăằắẳẵặâầấẩẫậäåāÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀ",
		'e': "èéẻẽẹêềếểễệëēÈÉẺẼẸÊỀẾỂỄỆËĒ",
		'i': "ìíỉĩịîïīÌÍỈĨỊÎÏĪ",
		'o': "òóỏõọôồốổỗộơờớởỡợöøōÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÖØŌ",
		'u': "ùúủũụưừứửữựûüūÙÚỦŨỤƯỪỨỬỮỰÛÜŪ",
		'y': "ỳýỷỹỵÿỲÝỶỸỴ",
		'd': "đĐ",
		'n': "ñÑ",
		'c': "çÇ",
	}
	m := make(map[rune]rune, 256)
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

var (
	viInitials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	// Nuclei that end in a glide and so take no final consonant.
	viOpenNuclei = set("ai ao au ay eo eu ia iu oi ua ui uu ưu ieu yeu oai oay oao uoi uou uay oeo uyu uya")
	// Nuclei that may take a final consonant.
	viClosedNuclei = set("a e i o u y ie ye oa oe oo ue uo uy uye uo")
	viFinals       = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t", ""}
)

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// viSyllable reports whether w, a folded lowercase ASCII word, has the shape
// of a Vietnamese syllable written without diacritics.
func viSyllable(w string) bool {
	if len(w) == 0 || len(w) > 7 {
		return false
	}
	for _, in := range viInitials {
		if !strings.HasPrefix(w, in) {
			continue
		}
		rest := w[len(in):]
		if rest == "" {
			// "gi" alone is g + i.
			if in == "gi" {
				return true
			}
			continue
		}
		if viOpenNuclei[rest] || viClosedNuclei[rest] {
			return true
		}
		for _, fin := range viFinals[:len(viFinals)-1] {
			if strings.HasSuffix(rest, fin) && viClosedNuclei[rest[:len(rest)-len(fin)]] {
				return true
			}
		}
	}
	return false
}
