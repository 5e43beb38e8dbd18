package dependencyinjection_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	di "fieldguide.dev/examples/patterns/dependency-injection"
)

// region wiring

// In production, main builds the real dependencies once and passes them
// down: the composition root.
func ExampleNewOrders() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: dropTime, // only so the output below is stable
	}))
	orders := di.NewOrders(&di.MemoryStore{}, logger, time.Now)
	if _, err := orders.Place(context.Background(), "book", 2); err != nil {
		logger.Error("place failed", "err", err)
	}
	// Output: level=INFO msg="order placed" item=book qty=2
}

// endregion wiring

func dropTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

// region proof

// failingStore is a fake that fails every save.
type failingStore struct{ err error }

func (f failingStore) SaveOrder(context.Context, di.Order) error { return f.err }

// With every dependency replaced, the test controls the clock, sees the
// log, and can make storage fail.
func TestPlaceWithFakes(t *testing.T) {
	fixed := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))

	orders := di.NewOrders(&di.MemoryStore{}, logger, func() time.Time { return fixed })
	ord, err := orders.Place(context.Background(), "book", 2)
	if err != nil || !ord.PlacedAt.Equal(fixed) {
		t.Fatalf("Place = %+v, %v; want PlacedAt %v", ord, err, fixed)
	}
	if !strings.Contains(logs.String(), `msg="order placed" item=book qty=2`) {
		t.Errorf("log = %q", logs.String())
	}

	errDown := errors.New("database down")
	orders = di.NewOrders(failingStore{errDown}, logger, time.Now)
	if _, err := orders.Place(context.Background(), "pen", 1); !errors.Is(err, errDown) {
		t.Errorf("err = %v, want it to wrap %v", err, errDown)
	}
}

// endregion proof

type ctxKey struct{}

// recordingStore keeps each order it is asked to save, and the context.
type recordingStore struct {
	got  []di.Order
	ctxs []context.Context
}

func (r *recordingStore) SaveOrder(ctx context.Context, o di.Order) error {
	r.got = append(r.got, o)
	r.ctxs = append(r.ctxs, ctx)
	return nil
}

// Place saves exactly the order it returns, under the caller's context;
// on a failed save it returns the zero Order and logs nothing.
func TestPlaceSavesWhatItReturns(t *testing.T) {
	fixed := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	ctx := context.WithValue(t.Context(), ctxKey{}, "req")

	rs := &recordingStore{}
	ord, err := di.NewOrders(rs, logger, func() time.Time { return fixed }).Place(ctx, "book", 2)
	if err != nil || len(rs.got) != 1 || rs.got[0] != ord || rs.ctxs[0].Value(ctxKey{}) != "req" {
		t.Fatalf("saved %+v under the caller's context? returned %+v, %v", rs.got, ord, err)
	}

	logs.Reset()
	ord, err = di.NewOrders(failingStore{errors.New("database down")}, logger, time.Now).Place(ctx, "pen", 1)
	if err == nil || ord != (di.Order{}) || logs.Len() != 0 {
		t.Errorf("failed save: got %+v, %v and log %q; want the zero Order, an error, no log", ord, err, logs.String())
	}
}
