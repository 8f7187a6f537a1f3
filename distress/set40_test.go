package distress

import "testing"

// The fortieth blind set's help messages: Acehnese kin words in an
// Indonesian message ("aneuk lon", my child), and a phone about to be
// taken beside "cannot get out" and a compound's name (Tagalog). Lines
// written for this test.
func TestSet40Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"id", "aneuk lon di kamboja katanya sudah dijual ke perusahaan lain, kami harus lapor ke mana", true, ArticleOther},
		{"tl", "kukunin na yung cp namin bukas. di makalabas. shwe kokko ata to", true, ArticleSelf},
	})
}
