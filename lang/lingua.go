package lang

import (
	"sync"

	"github.com/pemistahl/lingua-go"
)

// lingua-go is the maintained n-gram detector behind the Latin-script
// tie-break. It is used only when the lexical cues in lexicon.go leave two
// languages close, for three reasons measured on this package's tests
// (see BenchmarkLingua* and TestLinguaMemory):
//
//   - Memory: high-accuracy mode loads uni- to five-gram models, about 52 MB
//     of heap and 100 MB RSS for these five languages, most of the bot's
//     150 MB budget. Low-accuracy mode (trigrams only) costs about 3 MB and
//     ~20 ms to build, so that is what runs here.
//   - Speed: a call costs 100-150 µs even in low-accuracy mode (it computes
//     with arbitrary-precision decimals and a goroutine per n-gram size),
//     against a few µs for the lexical scorer; the ask path targets a
//     300 µs median.
//   - Accuracy on chat text: trained on edited prose, it cannot know
//     diacritic-less Vietnamese, romanised Hindi (its Hindi model is
//     Devanagari) or Taglish, and confuses Malay with Indonesian on short
//     lines, all of which the cues handle.
//
// Where it helps is a line without telling particles ("resep nasi goreng
// kampung yang enak"): its trigrams still see the language.
//
// Note that importing lingua-go embeds all its language models (~124 MB)
// in the binary; they are mapped, not resident, so only the models loaded
// here count towards RSS.
var (
	linguaOnce sync.Once
	linguaDet  lingua.LanguageDetector
)

var linguaLangs = [nLatin]lingua.Language{
	iEN: lingua.English,
	iVI: lingua.Vietnamese,
	iID: lingua.Indonesian,
	iMS: lingua.Malay,
	iTL: lingua.Tagalog,
	iHI: lingua.Unknown, // romanised Hindi: no model
}

func linguaDetector() lingua.LanguageDetector {
	linguaOnce.Do(func() {
		linguaDet = lingua.NewLanguageDetectorBuilder().
			FromLanguages(lingua.English, lingua.Vietnamese, lingua.Indonesian, lingua.Malay, lingua.Tagalog).
			WithLowAccuracyMode().
			WithPreloadedLanguageModels().
			Build()
	})
	return linguaDet
}

// linguaScores returns lingua's confidence, in [0,1], for each Latin-script
// candidate. ok is false when lingua saw nothing to go on.
func linguaScores(text string) (scores [nLatin]float64, ok bool) {
	defer func() {
		// lingua panics on some inputs it does not expect (a zero-length
		// n-gram); detection must not take the bot down with it.
		if recover() != nil {
			scores, ok = [nLatin]float64{}, false
		}
	}()
	values := linguaDetector().ComputeLanguageConfidenceValues(text)
	for _, v := range values {
		for i, l := range linguaLangs {
			if l == v.Language() && l != lingua.Unknown {
				scores[i] = v.Value()
				if v.Value() > 0 {
					ok = true
				}
			}
		}
	}
	return scores, ok
}
