package distress

import "testing"

// The twenty-sixth blind set's kinds. Lines written for this test.
func TestSet26Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		// "Bro" opening the message, then the writer's own "I": bro is
		// spoken to, the writer is the one on the way.
		{"en", "bro im at the airport and the guy who picked me up says we drive to the border tonight, not the hotel", true, ArticleSelf},
		// A possessive after the relative's word still owns it.
		{"tl", "kuya ko nasa myanmar, kinuha ang passport niya", true, ArticleOther},
		// A number asked for beside a strong danger, no one named.
		{"vi", "bi danh vi khong dat chi tieu, co so nao goi duoc khong", true, ArticleHotlines},
		// What a relative says happens to workers in general.
		{"en", "my aunt says when the new workers arrive they take their phones and passports, is that really how it works", false, ""},
		// History, films, a bird out of its cage, a broken doorknob.
		{"en", "how much ransom did they pay for king john of france in the hundred years war", false, ""},
		{"en", "bored at home, is the film the great escape based on a real camp", false, ""},
		{"id", "burung kenari gue lepas dari sangkar, gimana biar balik", false, ""},
		{"tl", "sira yung doorknob ng kwarto, nakulong kapatid ko sa loob, paano buksan", false, ""},
	})
}
