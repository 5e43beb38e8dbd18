package gracefulshutdown_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	gracefulshutdown "fieldguide.dev/examples/patterns/graceful-shutdown"
)

// region in-flight

func TestServeFinishesInFlightRequest(t *testing.T) {
	leakcheck.Check(t)

	started := make(chan struct{})
	release := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release // still working when the shutdown begins
		fmt.Fprint(w, "done")
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(t.Context())
	served := make(chan error, 1)
	go func() { served <- gracefulshutdown.Serve(ctx, ln, slow) }()

	type response struct {
		status int
		body   string
		err    error
	}
	got := make(chan response, 1)
	client := &http.Client{Transport: &http.Transport{}}
	defer client.CloseIdleConnections()
	go func() {
		resp, err := client.Get("http://" + addr)
		if err != nil {
			got <- response{err: err}
			return
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		got <- response{resp.StatusCode, string(body), err}
	}()

	<-started
	cancel() // what SIGTERM does via signal.NotifyContext
	waitUntilRefused(t, addr)
	close(release)

	r := <-got
	if r.err != nil || r.status != http.StatusOK || r.body != "done" {
		t.Errorf("in-flight request: got (%d, %q, %v), want (200, \"done\", nil)", r.status, r.body, r.err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve returned %v, want nil", err)
	}
}

// endregion in-flight

// waitUntilRefused returns once addr refuses new connections, which shows
// that the shutdown has begun while the handler is still running.
func waitUntilRefused(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			return
		}
		conn.Close()
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("%s still accepts connections after cancel", addr)
}

func TestRunReturnsNilWhenCancelled(t *testing.T) {
	leakcheck.Check(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := gracefulshutdown.Run(ctx, "127.0.0.1:0", http.NotFoundHandler()); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
}

func TestRunReportsListenError(t *testing.T) {
	err := gracefulshutdown.Run(t.Context(), "127.0.0.1:-1", http.NotFoundHandler())
	var opErr *net.OpError
	if !errors.As(err, &opErr) {
		t.Errorf("Run with a bad address = %v, want a net error", err)
	}
}
