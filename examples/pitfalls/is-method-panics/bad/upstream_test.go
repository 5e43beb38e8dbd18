//go:build bad

package bad

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"
)

func TestAStatusMatchesItsSentinelThroughWrapping(t *testing.T) {
	err := fmt.Errorf("get user 7: %w", &StatusError{Code: 404, Err: errors.New("no such user")})
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("errors.Is(%v, ErrNotFound) = false", err)
	}
	if errors.Is(err, ErrUnavailable) {
		t.Errorf("errors.Is(%v, ErrUnavailable) = true", err)
	}
}

// region test
func TestCheckingForOtherErrorsDoesNotPanic(t *testing.T) {
	err := fmt.Errorf("get user 7: %w", &StatusError{Code: 503})
	for _, target := range []error{context.DeadlineExceeded, io.EOF, errors.New("other")} {
		if errors.Is(err, target) { // [!code highlight]
			t.Errorf("errors.Is(%v, %v) = true", err, target)
		}
	}
}

// endregion test

func TestTheCauseIsStillFound(t *testing.T) {
	err := fmt.Errorf("get user 7: %w", &StatusError{Code: 504, Err: context.DeadlineExceeded})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("the cause is not found in %v", err)
	}
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 504 {
		t.Errorf("errors.As found %v", se)
	}
}

func TestANilTargetOfTheTypeMatchesNothing(t *testing.T) {
	var nilTarget *StatusError
	if errors.Is(&StatusError{Code: 404}, nilTarget) {
		t.Error("matched a nil *StatusError")
	}
}

func TestJoinedErrorsAreSearched(t *testing.T) {
	err := errors.Join(io.ErrUnexpectedEOF, &StatusError{Code: 404})
	if !errors.Is(err, ErrNotFound) || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("not found in joined %v", err)
	}
	if errors.Is(err, context.Canceled) {
		t.Errorf("context.Canceled found in %v", err)
	}
}
