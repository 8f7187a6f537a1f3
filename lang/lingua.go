package lang

import (
	"sync"

	"github.com/pemistahl/lingua-go"
)

// lingua-go is the maintained n-gram detector behind the Latin-script
// tie-break. It is consulted only when the lexical cues in lexicon.go leave
// two languages close (16 of the 371 eval questions), for three reasons
// measured with TestLinguaCost and the benchmarks:
//
//   - Memory: high-accuracy mode loads uni- to five-gram models, about 52 MB
//     of heap and 100 MB RSS for these five languages, most of the bot's
//     150 MB budget. Low-accuracy mode (trigrams only), used here, costs
//     about 3.5 MB of heap, 14 MB of RSS and 40 ms to build.
//   - Speed: a call costs 60-110 µs even in low-accuracy mode (it computes
//     with arbitrary-precision decimals and a goroutine per n-gram size),
//     against 2-5 µs for the lexical scorer; the ask path targets a 300 µs
//     median.
//   - Accuracy on chat text: trained on edited prose, it cannot know
//     diacritic-less Vietnamese, romanised Hindi (its Hindi model is
//     Devanagari) or Taglish, and confuses Malay with Indonesian on short
//     lines, all of which the cues handle.
//
// Where it helps is a line without telling particles ("jadwal kereta
// jakarta bandung besok"): its trigrams still see the language. Without it
// the eval questions score 368/371 instead of 370/371.
//
// Importing lingua-go embeds all its language models (~124 MB) in the
// binary; they are mapped, not resident, so only the models loaded here
// count towards RSS, but the binary is that much larger.
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
