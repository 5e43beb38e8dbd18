//go:build go1.21

package httpmiddleware_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"

	httpmiddleware "fieldguide.dev/examples/patterns/http-middleware"
)

// region usage

func Example() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey || a.Key == "duration" {
				return slog.Attr{} // they change on every run
			}
			return a
		},
	}))
	hello := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello")
	})
	// Inside a function: := is not allowed at package level.
	handler := httpmiddleware.Chain(
		httpmiddleware.Logging(log), // outermost: also logs rejected requests
		httpmiddleware.RequireToken(func(tok string) bool { return tok == "Bearer s3cret" }),
	)(hello)

	for _, token := range []string{"Bearer s3cret", "wrong"} {
		req := httptest.NewRequest("GET", "/hello", nil)
		req.Header.Set("Authorization", token)
		handler.ServeHTTP(httptest.NewRecorder(), req)
	}
	// Output:
	// level=INFO msg=request method=GET path=/hello status=200
	// level=INFO msg=request method=GET path=/hello status=401
}

// endregion usage
