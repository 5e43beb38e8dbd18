//go:build go1.21

// Package structuredlogging logs with log/slog: key-value records written
// as JSON, which log pipelines can parse, filter and aggregate without
// regular expressions.
package structuredlogging

import (
	"context"
	"fmt"
	"log/slog"
)

// region service

// Signups creates user accounts. It is given its logger instead of using a
// global one, so tests can capture what it logs.
type Signups struct {
	Log  *slog.Logger
	Save func(ctx context.Context, email string) (id string, err error)
}

// Create saves a new user. It returns errors with context rather than
// logging them: the caller decides, and the error is logged once.
func (s *Signups) Create(ctx context.Context, email string) (string, error) {
	log := s.Log.With(slog.String("op", "create_user")) // fields on every record below
	id, err := s.Save(ctx, email)
	if err != nil {
		return "", fmt.Errorf("create user: %w", err)
	}
	// Log the ID, not the e-mail address: personal data does not belong
	// in logs.
	log.InfoContext(ctx, "user created", slog.String("user_id", id)) // [!code highlight]
	return id, nil
}

// endregion service
