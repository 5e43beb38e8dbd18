//go:build go1.24

package grpcerrorcodes_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	grpcerrorcodes "fieldguide.dev/examples/patterns/grpc-error-codes"
)

// region table

func TestToStatus(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want codes.Code
	}{
		{"nil", nil, codes.OK},
		{"not found, wrapped", fmt.Errorf("user 42: %w", grpcerrorcodes.ErrNotFound), codes.NotFound},
		{"invalid", grpcerrorcodes.ErrInvalid, codes.InvalidArgument},
		{"exists", grpcerrorcodes.ErrExists, codes.AlreadyExists},
		{"not allowed, wrapped", fmt.Errorf("delete order 7: %w", grpcerrorcodes.ErrPermissionDenied), codes.PermissionDenied},
		{"quota", grpcerrorcodes.ErrExhausted, codes.ResourceExhausted},
		{"deadline", fmt.Errorf("query: %w", context.DeadlineExceeded), codes.DeadlineExceeded},
		{"downstream unavailable", fmt.Errorf("billing: %w", status.Error(codes.Unavailable, "down")), codes.Unavailable},
		{"downstream invalid", fmt.Errorf("billing: %w", status.Error(codes.InvalidArgument, "bad currency")), codes.Internal},
		{"unknown", errors.New("pq: connection to 10.0.0.7 refused"), codes.Internal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := grpcerrorcodes.ToStatus(t.Context(), slog.New(slog.DiscardHandler), tt.err)
			if got := status.Code(err); got != tt.want {
				t.Errorf("code = %v, want %v", got, tt.want)
			}
		})
	}
}

// endregion table

func TestInternalDetailsStayInTheLog(t *testing.T) {
	var logs bytes.Buffer
	err := grpcerrorcodes.ToStatus(t.Context(), slog.New(slog.NewTextHandler(&logs, nil)),
		errors.New("pq: connection to 10.0.0.7 refused"))
	if strings.Contains(status.Convert(err).Message(), "10.0.0.7") {
		t.Errorf("client sees internal details: %v", err)
	}
	if !strings.Contains(logs.String(), "10.0.0.7") {
		t.Errorf("log lacks the details: %s", logs.String())
	}
}

// What the client reads is the code and a message from this package, never
// a wrapping layer's text or a downstream service's message.
func TestStatusMessagesCarryNoInternalText(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	for _, err := range []error{
		fmt.Errorf("charge via billing at 10.0.0.7: %w", status.Error(codes.InvalidArgument, "billing: currency XYZ unknown")),
		fmt.Errorf("charge via billing at 10.0.0.7: %w", status.Error(codes.Unavailable, "billing at 10.0.0.7 down")),
		status.Error(codes.PermissionDenied, "billing: token for 10.0.0.7 expired"),
		fmt.Errorf("users table at 10.0.0.7: %w", grpcerrorcodes.ErrNotFound),
	} {
		msg := status.Convert(grpcerrorcodes.ToStatus(t.Context(), log, err)).Message()
		if strings.Contains(msg, "10.0.0.7") || strings.Contains(msg, "billing") {
			t.Errorf("ToStatus(%q) sends the client %q", err, msg)
		}
	}
}

func TestRetryable(t *testing.T) {
	for code, want := range map[codes.Code]bool{
		codes.Unavailable: true, codes.ResourceExhausted: true, codes.Aborted: true,
		codes.NotFound: false, codes.InvalidArgument: false, codes.Internal: false,
	} {
		if got := grpcerrorcodes.Retryable(status.Error(code, "x")); got != want {
			t.Errorf("Retryable(%v) = %v, want %v", code, got, want)
		}
	}
}

// Every code of the table on the page has a service error that produces it.
func TestEveryChosenCodeIsReachable(t *testing.T) {
	for err, want := range map[error]codes.Code{
		grpcerrorcodes.ErrFailedPrecondition: codes.FailedPrecondition,
		grpcerrorcodes.ErrUnauthenticated:    codes.Unauthenticated,
		grpcerrorcodes.ErrPermissionDenied:   codes.PermissionDenied,
		grpcerrorcodes.ErrExhausted:          codes.ResourceExhausted,
	} {
		if got := status.Code(grpcerrorcodes.ToStatus(t.Context(), slog.New(slog.DiscardHandler), err)); got != want {
			t.Errorf("ToStatus(%v) code = %v, want %v", err, got, want)
		}
	}
}
