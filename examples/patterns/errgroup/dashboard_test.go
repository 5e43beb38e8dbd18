package errgroup_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/patterns/errgroup"
)

type okStore struct{}

func (okStore) Users(context.Context) ([]string, error) { return []string{"ann", "bob"}, nil }
func (okStore) Orders(context.Context) ([]int, error)   { return []int{7}, nil }

func TestLoadReturnsBoth(t *testing.T) {
	leakcheck.Check(t)

	d, err := errgroup.Load(t.Context(), okStore{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Users, []string{"ann", "bob"}) || !slices.Equal(d.Orders, []int{7}) {
		t.Errorf("got %+v", d)
	}
}

// region cancel-test

// failingStore fails its Orders call; its Users call waits until the
// context is cancelled and reports how it ended.
type failingStore struct{ usersStopped chan error }

var errDown = errors.New("orders service down")

func (s failingStore) Users(ctx context.Context) ([]string, error) {
	<-ctx.Done() // only the other call's failure can end this wait
	s.usersStopped <- ctx.Err()
	return nil, ctx.Err()
}

func (failingStore) Orders(context.Context) ([]int, error) { return nil, errDown }

func TestLoadCancelsTheOtherCallOnError(t *testing.T) {
	leakcheck.Check(t)

	s := failingStore{usersStopped: make(chan error, 1)}
	_, err := errgroup.Load(t.Context(), s)
	if !errors.Is(err, errDown) {
		t.Errorf("got %v, want the orders error", err)
	}
	if err := <-s.usersStopped; !errors.Is(err, context.Canceled) {
		t.Errorf("users call ended with %v, want context.Canceled", err)
	}
}

// endregion cancel-test
