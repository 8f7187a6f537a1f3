package main

import (
	"context"
	"io"
)

// interruptible is a reader that stops at once when ctx is done (Ctrl-C),
// even while the read below it blocks on a terminal or a pipe: the read
// goes on in a goroutine that the exiting process abandons.
type interruptible struct {
	ctx context.Context
	r   io.Reader
	res chan readResult
	buf []byte
}

type readResult struct {
	n   int
	err error
}

func newInterruptible(ctx context.Context, r io.Reader) *interruptible {
	return &interruptible{ctx: ctx, r: r}
}

func (ir *interruptible) Read(p []byte) (int, error) {
	if err := ir.ctx.Err(); err != nil {
		return 0, err
	}
	if ir.res == nil {
		// Read into our own buffer: p may be reused by the caller once we
		// return, while the read below is still running.
		ir.buf = make([]byte, len(p))
		ir.res = make(chan readResult, 1)
		go func(buf []byte, res chan<- readResult) {
			n, err := ir.r.Read(buf)
			res <- readResult{n, err}
		}(ir.buf, ir.res)
	}
	select {
	case <-ir.ctx.Done():
		return 0, ir.ctx.Err()
	case rr := <-ir.res:
		n := copy(p, ir.buf[:rr.n])
		if n < rr.n {
			// p is shorter than the buffer of the pending read: keep the
			// rest for the next call.
			rest := append([]byte(nil), ir.buf[n:rr.n]...)
			ir.res = make(chan readResult, 1)
			ir.buf = rest
			ir.res <- readResult{len(rest), rr.err}
			return n, nil
		}
		ir.res = nil
		return n, rr.err
	}
}
