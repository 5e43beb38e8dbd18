package gracefulshutdown_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	gracefulshutdown "fieldguide.dev/examples/patterns/graceful-shutdown"
)

// This is the body of a main function. The example is compiled, not run.
func ExampleRun() {
	// ctx is cancelled on Ctrl-C or on SIGTERM, which is how container
	// runtimes ask a process to stop.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first signal, restore the default handling, so that a second
	// Ctrl-C kills the process instead of waiting for the shutdown.
	context.AfterFunc(ctx, stop)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello")
	})

	if err := gracefulshutdown.Run(ctx, ":8080", mux); err != nil {
		stop() // log.Fatal exits at once, without running deferred calls
		log.Fatal(err)
	}
}
