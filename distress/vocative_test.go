package distress

import "testing"

// The readers addressed are asked for help, not asked about: "hả mọi
// người" and "求求大家" do not make a plea from inside a general question,
// while "mọi người" and "大家" as the subject still do. Lines written for
// this test.
func TestVocative(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"vi", "cong ty bat em den hop dong 5000 do moi cho ve nuoc, em khong co tien, em phai lam sao ha moi nguoi", true},
		{"vi", "mọi người ơi công ty bắt em đền hợp đồng 5000 đô mới cho về, em phải làm sao", true},
		{"vi", "mọi người bị bắt đền hợp đồng mới cho về là có thật không", false},
		{"zh", "求求大家帮帮我，公司要我赔五万违约金才放我回国，我该怎么办", true},
		{"zh", "大家都说那边公司要赔违约金才放人回国，是真的吗", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v, want %v (cues %v)", c.lang, c.text, f.Urgent, c.urgent, f.Cues)
		}
	}
}
