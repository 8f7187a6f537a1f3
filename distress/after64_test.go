package distress

import "testing"

// The sixty-fourth blind set's kinds, with lines written for this test:
// wanting to run from a compound over there, or asking for someone to meet
// the escape, is the writer's own danger (jogging is not); "for a
// presentation" is a presenter's task.
func TestAfter64Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "人在妙瓦底 要逃 谁能接应一下", true, ArticleSelf},
		{"zh", "我想跑步减肥，那边的公园晚上安全吗", false, ""},
		{"en", "for a lesson on Ghana: why is the Homowo festival held in August and what does it mean?", false, ""},
	})
}
