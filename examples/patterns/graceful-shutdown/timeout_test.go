//go:build go1.25

package gracefulshutdown_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	gracefulshutdown "fieldguide.dev/examples/patterns/graceful-shutdown"
)

// region timeout

// A handler that never finishes must not keep the process alive: once
// ShutdownTimeout has passed, Serve closes the connection, which cancels
// the request's context, and returns the deadline error. The server runs
// on in-memory pipes inside a synctest bubble, whose clock is fake, so the
// 20-second timeout passes at once.
func TestServeClosesConnectionsWhenShutdownTimesOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ln := newPipeListener()
		handlerCancelled := make(chan struct{})
		stuck := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done() // never finishes on its own
			close(handlerCancelled)
		})
		ctx, cancel := context.WithCancel(t.Context())
		served := make(chan error, 1)
		go func() { served <- gracefulshutdown.Serve(ctx, ln, stuck) }()

		conn := ln.Dial()
		defer conn.Close()
		go fmt.Fprint(conn, "GET / HTTP/1.1\r\nHost: example\r\n\r\n")
		synctest.Wait() // the handler is running

		start := time.Now()
		cancel() // what SIGTERM does via signal.NotifyContext
		err := <-served
		if waited := time.Since(start); waited < gracefulshutdown.ShutdownTimeout {
			t.Errorf("Serve returned after %v, before ShutdownTimeout (%v)", waited, gracefulshutdown.ShutdownTimeout)
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Serve = %v, want an error wrapping context.DeadlineExceeded", err)
		}
		<-handlerCancelled // the closed connection cancelled the request's context
		if _, err := conn.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
			t.Errorf("client read after the timeout: %v, want io.EOF (connection closed)", err)
		}
	})
}

// endregion timeout

// pipeListener hands out in-memory connections, which, unlike sockets,
// let synctest see when every goroutine is waiting.
type pipeListener struct {
	conns     chan net.Conn
	closed    chan struct{}
	closeOnce sync.Once
}

func newPipeListener() *pipeListener {
	return &pipeListener{conns: make(chan net.Conn), closed: make(chan struct{})}
}

func (l *pipeListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.closed:
		return nil, net.ErrClosed
	}
}

func (l *pipeListener) Close() error {
	l.closeOnce.Do(func() { close(l.closed) })
	return nil
}

func (l *pipeListener) Addr() net.Addr { return pipeAddr{} }

// Dial returns the client end of a new connection the server accepts.
func (l *pipeListener) Dial() net.Conn {
	client, server := net.Pipe()
	l.conns <- server
	return client
}

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "pipe" }
