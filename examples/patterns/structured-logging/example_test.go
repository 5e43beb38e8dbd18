//go:build go1.21

package structuredlogging_test

import (
	"context"
	"errors"
	"log/slog"
	"os"

	structuredlogging "fieldguide.dev/examples/patterns/structured-logging"
)

// region example

func Example() {
	var level slog.LevelVar // Info by default; level.Set changes it at run time
	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level:       &level,
		ReplaceAttr: dropTime, // only so that the output below is stable
	}))

	s := &structuredlogging.Signups{Log: log, Save: func(ctx context.Context, email string) (string, error) {
		if email == "" {
			return "", errors.New("empty e-mail address")
		}
		return "u-42", nil
	}}
	ctx := context.Background()
	s.Create(ctx, "ada@example.com")
	if _, err := s.Create(ctx, ""); err != nil {
		log.ErrorContext(ctx, "signup failed", slog.Any("error", err)) // logged once, at the edge
	}
	log.Debug("not shown: below the level")
	// Output:
	// {"level":"INFO","msg":"user created","op":"create_user","user_id":"u-42"}
	// {"level":"ERROR","msg":"signup failed","error":"create user: empty e-mail address"}
}

// endregion example

// dropTime removes the time attribute, which changes on every run.
func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
