package distress

import "testing"

// The sixty-first blind set's kinds, with lines written for this test:
// someone silent since going abroad for a job, wherever the plane landed;
// "they holding him"; a phone call home is no number asked for; a Hindi
// "bhanje" (a sister's son) is a relative.
func TestAfter61Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my cousin went to Bangkok for a call centre job in May and has not replied since", true, ArticleOther},
		{"en", "my cousin went to Bangkok for a holiday and has not replied since lunch", false, ""},
		{"ms", "adik aku dah dua minggu senyap lepas pergi Bangkok untuk temuduga kerja", true, ArticleOther},
		{"tl", "dalawang linggo nang walang paramdam si kuya mula nang pumunta sa Bangkok para sa trabaho", true, ArticleOther},
		{"en", "my aunt says they holding him in a building near the river and want money", true, ArticleOther},
		{"hi", "mere bhanje ko Myanmar mein kaid karke rakha hai, kya karein", true, ArticleOther},
	})
	// A call home that tells of a brother locked up asks for no number:
	// the help article for a relative answers, not the hotlines alone.
	f := Detect("我表哥在妙瓦底，前天打电话回来说被关起来了，我们该怎么办", "zh")
	if !f.Urgent || f.Article != ArticleOther {
		t.Errorf("a call home: urgent %v %s, want %s (cues %+v)", f.Urgent, f.Article, ArticleOther, f.Cues)
	}
	f = Detect("我表哥在妙瓦底被关起来了，大使馆电话是多少", "zh")
	if !f.Urgent || f.Article != ArticleHotlines {
		t.Errorf("the embassy's number asked for: urgent %v %s, want %s (cues %+v)", f.Urgent, f.Article, ArticleHotlines, f.Cues)
	}
}

// A danger word the classifier dismissed grounds nothing: the help
// articles' lower bar does not answer the message; a relative named still
// grounds it. Lines written for this test.
func TestDismissedGroundsNothing(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the ferry timetable changed again and I really do not want to get stuck at the pier overnight", false},
		{"my nephew might get stuck at the pier overnight after the ferry timetable changed again", true},
	} {
		f := Detect(c.text, "en")
		if !f.Dismissed(0.8) {
			t.Errorf("%q: not dismissed at 0.8, so the case tests nothing (cues %+v)", c.text, f.Cues)
			continue
		}
		if got := f.Dismiss().Grounded(); got != c.want {
			t.Errorf("%q: grounded %v after dismissal, want %v", c.text, got, c.want)
		}
	}
}
