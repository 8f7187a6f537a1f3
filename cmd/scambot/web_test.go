package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestWebCommandUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"web", "-h"}, nil, &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "WEB_ADDR") {
		t.Errorf("web -h: exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := run(context.Background(), []string{"web", "extra"}, nil, &out, &errOut); code != 2 {
		t.Errorf("web extra: exit %d, want 2", code)
	}
	t.Setenv("WEB_RATE", "many")
	errOut.Reset()
	if code := run(context.Background(), []string{"web"}, nil, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "WEB_RATE") {
		t.Errorf("web with a bad WEB_RATE: exit %d, %q", code, errOut.String())
	}
}
