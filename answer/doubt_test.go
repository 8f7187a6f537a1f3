package answer

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/scambot/scambot/lang"
)

// Words of doubt mark a question that doubts someone or something; an
// ordinary task in a topic's words carries none. Lines written for this
// test.
func TestHasDoubt(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"en", "how much is the fee to move money from my gcash to a bank account", false},
		{"en", "how do I make a role in my discord server that can pin messages", false},
		{"en", "is this recruiter legit", true},
		{"en", "a stranger on facebook offered me a job in bangkok", true},
		{"en", "they say it's a scammer's trick, true?", true},
		{"vi", "phí chuyển tiền từ vietcombank sang momo là bao nhiêu", false},
		{"vi", "lựa chọn nào rẻ hơn", false}, // lựa (choose) is not lừa (deceive)
		{"vi", "công ty này có lừa đảo không", true},
		{"zh", "怎么在微信上发红包", false},
		{"zh", "这个招聘靠谱吗", true},
		{"th", "สมัครบัญชีธนาคารออนไลน์ยังไง", false},
		{"th", "งานนี้หลอกหรือเปล่า", true},
		{"hi", "SBI mein naya account kaise kholein", false},
		{"hi", "yeh agent farzi hai kya", true},
		{"hi", "क्या यह नौकरी फर्जी है", true},
		{"tl", "paano magpadala ng pera sa gcash", false},
		{"tl", "peke ba itong trabaho sa dubai", true},
		{"id", "cara transfer dari bca ke dana", false},
		{"id", "lowongan ini penipuan bukan", true},
		{"ms", "macam mana nak buka akaun bank", false},
		{"ms", "kerja ni tipu ke", true},
	} {
		if got := hasDoubt(c.lang, rawWords(c.text), strings.ToLower(c.text)); got != c.want {
			t.Errorf("%s %q: hasDoubt %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// Every language the bot speaks has a list, and no list is empty.
func TestDoubtLists(t *testing.T) {
	doubtOnce.Do(loadDoubt)
	names, err := fs.Glob(doubtFiles, "doubt/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(lang.Supported) {
		t.Errorf("%d lists for %d languages", len(names), len(lang.Supported))
	}
	for _, l := range lang.Supported {
		d := doubtLists[l]
		if d == nil || len(d.words)+len(d.prefixes)+len(d.phrases)+len(d.dense) == 0 {
			t.Errorf("%s: no words of doubt", l)
		}
	}
}

// A question without a word of doubt gets its opening words as a frame
// feature; the same opening with one gets the doubt feature instead.
func TestFrameFeatures(t *testing.T) {
	const dim = 1 << 16
	has := func(fs []feature, h uint32) bool {
		for _, f := range fs {
			if f.idx == h%dim {
				return true
			}
		}
		return false
	}
	open := fnvString(fnvByte(fnvString(fnvByte(fnvOffset, 'p'), "how"), ' '), "do")
	doubt := fnvByte(fnvOffset, 'd')
	task := featurize("en", "how do I add a music bot to discord", dim)
	if !has(task, open) || has(task, doubt) {
		t.Error("an everyday task: want the opening feature and no doubt feature")
	}
	legit := featurize("en", "how do I know this discord job is legit", dim)
	if has(legit, open) || !has(legit, doubt) {
		t.Error("a doubting question: want the doubt feature and no opening feature")
	}
}
