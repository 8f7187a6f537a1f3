package main

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func TestInterruptibleStopsABlockedRead(t *testing.T) {
	pr, pw := io.Pipe() // nothing is ever written: a read blocks like a terminal
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	r := newInterruptible(ctx, pr)
	done := make(chan error, 1)
	go func() {
		_, err := io.ReadAll(r)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(time.Second):
		t.Fatal("read still blocked a second after cancel")
	}
}

func TestInterruptibleReadsEverything(t *testing.T) {
	in := strings.Repeat("0123456789", 1000)
	r := newInterruptible(context.Background(), strings.NewReader(in))
	var b strings.Builder
	p := make([]byte, 7) // shorter buffers than the first read's
	for {
		n, err := r.Read(p)
		b.Write(p[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			p = make([]byte, 4096)
		}
	}
	if b.String() != in {
		t.Errorf("read %d bytes, want %d", b.Len(), len(in))
	}
}
