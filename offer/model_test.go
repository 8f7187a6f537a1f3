package offer

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelSignal: the learned second opinion is shown like a rule, with
// the phrases that weighed most as spans of the original text, and stays
// quiet on ordinary offers, on short texts and on languages the check
// cannot read. The texts are written for this test.
func TestModelSignal(t *testing.T) {
	fraud := "Home Based Data Entry Clerk - Immediate Start\n\nEarn $600 to $1,200 weekly typing from home. No experience needed, " +
		"flexible hours, get paid every Friday. To get started you only need to purchase our software starter package. " +
		"Interviews are held online through instant messenger with our hiring manager. Please have your bank account details " +
		"ready for direct payment setup. Positions are filling fast, apply today!"
	r := testChecker.Check(fraud)
	s := fired(r, modelRule)
	if s == nil {
		t.Fatalf("model silent on a work-from-home fraud: %+v", r.Signals)
	}
	if s.Weight != modelStrong || r.Level == Low || len(s.Spans) == 0 || len(s.Spans) > modelSpans || s.Text == "" || s.Category != "model" {
		t.Errorf("model signal %+v, level %s", s, r.Level)
	}
	for i, sp := range s.Spans {
		if fraud[sp.Start:sp.End] != s.Matched[i] || s.Matched[i] == "" {
			t.Errorf("span %v does not quote %q", sp, s.Matched[i])
		}
	}
	ordinary := []string{
		"Senior Payroll Accountant\n\nWe are a mid-sized manufacturing company based in Columbus, Ohio, with 400 employees. " +
			"The Senior Payroll Accountant prepares bi-weekly payroll for three sites, reconciles general ledger accounts and " +
			"supports the annual audit. Requirements: bachelor's degree in accounting, CPA preferred, 5+ years of payroll " +
			"experience, ADP Workforce Now. We offer medical, dental, 401(k) with match and three weeks of paid time off. " +
			"Apply through our careers page; interviews are held on site.",
		"Tuyển nhân viên kho tại Bình Dương, lương 9-11 triệu/tháng, làm ca, có xe đưa đón, đóng BHXH, BHYT đầy đủ. " +
			"Yêu cầu sức khỏe tốt, chăm chỉ. Phỏng vấn trực tiếp tại công ty, số 12 đường DT743, KCN Sóng Thần. " +
			"Mang theo CCCD và sơ yếu lý lịch khi đến phỏng vấn.",
		"Work from home data entry, earn $500 a week", // too short for the model
	}
	for _, text := range ordinary {
		if r := testChecker.Check(text); fired(r, modelRule) != nil && fired(r, modelRule).Weight == modelStrong {
			t.Errorf("model fires strongly on an ordinary or short text: %q %+v", text[:40], fired(r, modelRule))
		}
	}
	if r := testChecker.Check("재택 데이터 입력 아르바이트, 주급 100만원, 경험 불필요, 시작하려면 소프트웨어 패키지를 구매하세요. 은행 계좌 정보를 준비해 주세요. 지금 바로 지원하세요! 자리가 빠르게 마감되고 있습니다."); fired(r, modelRule) != nil {
		t.Error("model fired on a language the check cannot read")
	}
	if r := New(WithModel(nil)).Check(fraud); fired(r, modelRule) != nil {
		t.Error("WithModel(nil) still uses a model")
	}
}

// TestModelReproducible: model.bin is what `go generate` trains from the
// repository's data (skipped without the shared EMSCAD files, and in -short).
func TestModelReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	if _, err := os.Stat("../../shared/eval/external/emscad-frauds-dev.csv"); err != nil {
		t.Skip("EMSCAD development files not found:", err)
	}
	out := filepath.Join(t.TempDir(), "model.bin")
	cmd := exec.Command("go", "run", "./gen/model", "-folds", "0", "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, modelBin) {
		t.Error("offer/model.bin is stale: run go generate ./offer")
	}
}

func TestModelLoadsFromEmbedded(t *testing.T) {
	m := embeddedModel()
	if m == nil || len(m.Weights) != 1<<m.Bits || !strings.HasPrefix(string(modelBin), "NGR1") {
		t.Fatal("embedded model not loaded")
	}
}
