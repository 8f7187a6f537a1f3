package web

import (
	"context"
	"flag"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// -screenshots DIR writes the result page at phone and desktop sizes into
// DIR (web-result-phone.png and web-result-desktop.png are the README's:
// go test ./web -run Browser -screenshots ../docs), and the start and
// answer pages at phone size, for review.
var screenshots = flag.String("screenshots", "", "write screenshots of the result page into this directory")

// findChromium returns Debian's chromium (or another Chrome) on PATH.
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives the site in a real headless Chromium: paste an offer
// and see the highlighted words, switch the result's language, ask a
// question and see the answer, switch the page's language.
func TestBrowser(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		t.Skip("chromium not found: install Debian's chromium (apt-get install chromium; .ci/run does) to run the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	s, _ := newTestServer(t, Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(sctx, ln) }()
	t.Cleanup(func() {
		stop()
		<-served
	})
	base := "http://" + ln.Addr().String()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "en-US"),
		chromedp.WindowSize(1280, 800),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTimeout()

	// Paste an offer, submit, see the highlighted words.
	phone := chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulatePortrait, chromedp.EmulateMobile)
	err = chromedp.Do(ctx,
		phone,
		chromedp.Navigate(base+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`#text`)),
		chromedp.SendKeys(chromedp.CSS(`#text`), lure),
		chromedp.Click(chromedp.CSS(`#check button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`.offer mark`)),
	)
	if err != nil {
		t.Fatalf("checking an offer: %v", err)
	}
	marks := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.offer mark')].map(m => m.textContent)`))
	level := run(t, ctx, chromedp.Text(chromedp.CSS(`.level strong`)))
	if !contains(marks, "Cambodia") || !contains(marks, "passport") {
		t.Errorf("highlighted words %q lack Cambodia and passport", marks)
	}
	if !strings.Contains(level, "High risk") {
		t.Errorf("level %q, want high risk", level)
	}
	// The stylesheet loaded under the Content-Security-Policy: the level
	// is red.
	if bg := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('.level')).backgroundColor`)); bg != "rgb(176, 0, 32)" {
		t.Errorf("level background %q: the stylesheet did not apply", bg)
	}
	if *screenshots != "" {
		shoot(t, ctx, filepath.Join(*screenshots, "web-result-phone.png"), phone)
		shoot(t, ctx, filepath.Join(*screenshots, "web-result-desktop.png"), chromedp.EmulateViewport(1280, 800))
		if err := chromedp.Do(ctx, phone); err != nil {
			t.Fatal(err)
		}
	}

	// The result's language switcher re-posts the offer: Vietnamese.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.langs button[value=vi]`)),
		chromedp.WaitVisible(chromedp.CSS(`html[lang=vi] .offer mark`)),
	)
	if err != nil {
		t.Fatalf("switching the result's language: %v", err)
	}
	if viLevel := run(t, ctx, chromedp.Text(chromedp.CSS(`.level strong`))); viLevel == level || viLevel == "" {
		t.Errorf("level after switching to Vietnamese: %q", viLevel)
	}

	// Ask a question, see the answer.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`#q`)),
	)
	if err != nil {
		t.Fatalf("opening the start page: %v", err)
	}
	if *screenshots != "" {
		shoot(t, ctx, filepath.Join(*screenshots, "web-home-phone.png"), phone)
	}
	err = chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`#q`), "what is pig butchering"),
		chromedp.Submit(chromedp.CSS(`#q`)),
		chromedp.WaitVisible(chromedp.CSS(`article h1`)),
	)
	if err != nil {
		t.Fatalf("asking a question: %v", err)
	}
	if *screenshots != "" {
		shoot(t, ctx, filepath.Join(*screenshots, "web-answer-phone.png"), phone)
	}
	heading := run(t, ctx, chromedp.Text(chromedp.CSS(`article h1`)))
	sources := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.sources li').length`))
	if !strings.Contains(heading, "Pig butchering") || sources == 0 {
		t.Errorf("answer %q with %d sources", heading, sources)
	}

	// Switch the page's language with the switcher's link.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.langs a[hreflang=zh]`)),
		chromedp.WaitVisible(chromedp.CSS(`html[lang=zh] article h1`)),
	)
	if err != nil {
		t.Fatalf("switching language: %v", err)
	}
	title := run(t, ctx, chromedp.Text(chromedp.CSS(`article h1`)))
	if title == heading || title == "" {
		t.Errorf("after switching to Chinese: heading %q", title)
	}
}

// run runs one action that returns a value, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

// shoot saves the viewport, emulated by viewport, as a PNG.
func shoot(t *testing.T, ctx context.Context, path string, viewport chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, viewport, chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	png := run(t, ctx, chromedp.CaptureScreenshot())
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}
