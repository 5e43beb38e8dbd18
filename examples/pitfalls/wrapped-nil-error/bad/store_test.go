//go:build bad

package bad

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// db answers every Insert with err, after checking the context as a real
// driver would.
type db struct{ err error }

func (d db) Insert(ctx context.Context, _ Order) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return d.err
}

// region test
func TestSaveReportsSuccessAsNil(t *testing.T) {
	s := &Store{DB: db{}}
	if err := s.Save(t.Context(), Order{ID: "a1"}); err != nil { // [!code highlight]
		t.Fatalf("Save of a new order: %v, want nil", err)
	}
}

// endregion test

func TestSaveCountsADuplicateAsSaved(t *testing.T) {
	for _, dup := range []error{ErrDuplicate, fmt.Errorf("insert: %w", ErrDuplicate)} {
		s := &Store{DB: db{err: dup}}
		if err := s.Save(t.Context(), Order{ID: "a1"}); err != nil {
			t.Errorf("Save when the database says %q: %v, want nil", dup, err)
		}
	}
}

func TestSaveWrapsOtherErrors(t *testing.T) {
	errDown := errors.New("connection refused")
	s := &Store{DB: db{err: errDown}}
	err := s.Save(t.Context(), Order{ID: "a1"})
	if !errors.Is(err, errDown) || err.Error() != "save order a1: connection refused" {
		t.Errorf("Save with the database down: %v, want it wrapped as %q", err, "save order a1: connection refused")
	}
}

// A duplicate anywhere in the error tree counts: errors.Is searches joined
// errors too.
func TestSaveCountsAJoinedDuplicateAsSaved(t *testing.T) {
	s := &Store{DB: db{err: errors.Join(ErrDuplicate, errors.New("rollback failed"))}}
	if err := s.Save(t.Context(), Order{ID: "a1"}); err != nil {
		t.Errorf("Save with a joined duplicate: %v, want nil", err)
	}
}

type dbError struct{ Code int }

func (e *dbError) Error() string { return fmt.Sprintf("db error %d", e.Code) }

// Save cannot see a typed nil: err == nil is false, so it is wrapped, and fmt
// prints the nil pointer as <nil>. The fix belongs where the typed nil is made.
func TestSaveWrapsATypedNilFromTheDatabase(t *testing.T) {
	var none *dbError
	s := &Store{DB: db{err: none}}
	if err := s.Save(t.Context(), Order{ID: "a1"}); err == nil || err.Error() != "save order a1: <nil>" {
		t.Errorf("Save with a typed nil from the database: %v, want %q", err, "save order a1: <nil>")
	}
}

func TestSaveWithCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	s := &Store{DB: db{}}
	if err := s.Save(ctx, Order{ID: "a1"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Save with a cancelled context: %v, want an error matching context.Canceled", err)
	}
}
