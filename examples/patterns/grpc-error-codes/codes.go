//go:build go1.24

// Package grpcerrorcodes maps a service's errors to gRPC status codes at
// the edge of the server, and reads them back on the client.
package grpcerrorcodes

import (
	"context"
	"errors"
	"log/slog"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// The service's own errors, independent of gRPC: one for each code a
// handler may choose (see the table on the page).
var (
	ErrNotFound           = errors.New("not found")
	ErrInvalid            = errors.New("invalid argument")
	ErrExists             = errors.New("already exists")
	ErrFailedPrecondition = errors.New("failed precondition")
	ErrUnauthenticated    = errors.New("unauthenticated")
	ErrPermissionDenied   = errors.New("permission denied")
	ErrExhausted          = errors.New("resource exhausted")
)

// known maps each service error to its code.
var known = []struct {
	err  error
	code codes.Code
}{
	{ErrNotFound, codes.NotFound},
	{ErrInvalid, codes.InvalidArgument},
	{ErrExists, codes.AlreadyExists},
	{ErrFailedPrecondition, codes.FailedPrecondition},
	{ErrUnauthenticated, codes.Unauthenticated},
	{ErrPermissionDenied, codes.PermissionDenied},
	{ErrExhausted, codes.ResourceExhausted},
}

// region to-status

// ToStatus turns an error from the service's code into the status the
// client sees. Known errors get their code and the sentinel's own text,
// not the wrapping layers' (which may name tables, hosts or other users).
// Handlers return service errors, never statuses: a status reaching
// ToStatus is taken for a downstream call's. Anything else is logged in
// full and reaches the client only as a generic Internal error, so
// internal details never leak.
func ToStatus(ctx context.Context, log *slog.Logger, err error) error {
	if err == nil {
		return nil
	}
	for _, k := range known {
		if errors.Is(err, k.err) { // errors.Is: the error may be wrapped
			return status.Error(k.code, k.err.Error())
		}
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return status.Error(codes.DeadlineExceeded, "deadline exceeded")
	case errors.Is(err, context.Canceled):
		return status.Error(codes.Canceled, "canceled")
	}
	// A status here came from a downstream call (status.FromError unwraps):
	// its code describes this server's call, not the client's request. A
	// downstream InvalidArgument is this server's bug, so only the codes
	// that mean the same to the client keep their code, with a fresh message.
	if s, ok := status.FromError(err); ok {
		switch c := s.Code(); c {
		case codes.Unavailable, codes.DeadlineExceeded, codes.Canceled: // [!code highlight]
			log.WarnContext(ctx, "downstream call failed", slog.Any("error", err))
			return status.Error(c, c.String())
		}
	}
	log.ErrorContext(ctx, "internal error", slog.Any("error", err))
	return status.Error(codes.Internal, "internal error") // [!code highlight]
}

// endregion to-status

// region client

// Retryable reports whether a failed call may succeed if repeated (with
// backoff): the server was unavailable, overloaded, or aborted the call.
// NotFound, InvalidArgument and the like will fail the same way again.
func Retryable(err error) bool {
	switch status.Code(err) { // [!code highlight]
	case codes.Unavailable, codes.ResourceExhausted, codes.Aborted:
		return true
	}
	return false
}

// endregion client
