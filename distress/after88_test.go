package distress

import "testing"

// The eighty-eighth blind set's kinds, with lines written for this test:
// the request to the bot in Caribbean word order ("you could call .. fuh
// me?"); paint beaten by the sun and a safari car's "mock charge" ground
// no help article; a Cantonese "听讲 .. 系咪真" (heard that .. is it
// true?) and a Vietnamese "tụi nó dụ kiểu gì" (how do they lure them) ask
// in general, and the "tui" of "xóm tui" (my neighbourhood) is no writer in
// danger; a Thai wedding abroad is a trip being planned.
func TestAfter88Kinds(t *testing.T) {
	testAsksBot(t, "en", "u could message the embassy fuh me?")
	testNoConcept(t, "en", "roof of my van beaten by the sun and rain for years, repaint or wrap it?", "violence")
	if f := Detect("how far should a tour car stay back after a mock charge, do we escape or wait?", "en"); f.Urgent || f.Grounded() {
		t.Errorf("a mock charge: urgent %v grounded %v (cues %+v)", f.Urgent, f.Grounded(), f.Cues)
	}
	if f := Detect("จะไปงานแต่งลูกพี่ลูกน้องที่พนมเปญ ต้องใช้พาสปอร์ตไหม", "th"); f.Urgent || !f.Planning() {
		t.Errorf("a wedding abroad: urgent %v planning %v (cues %+v)", f.Urgent, f.Planning(), f.Cues)
	}
	testNotUrgent(t, "zh", "听讲嗰度啲人成日俾人打，手机都要收，系咪真嘅？")
	testNotUrgent(t, "vi", "con nít xóm tôi sang Campuchia, tới nơi là bị thu hộ chiếu, bọn nó lừa kiểu nào vậy")
}
