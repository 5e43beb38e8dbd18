package checkout

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

var cart = &Cart{Items: []Item{{"tea", 2, 450}, {"mug", 1, 1200}, {"spoon", 4, 150}}}

// region test
func TestDebugArgumentsCostNothingWhenDebugIsOff(t *testing.T) {
	logger := slog.New(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx := context.Background()

	allocs := testing.AllocsPerRun(100, func() { Checkout(ctx, logger, cart) })
	if allocs != 0 {
		t.Errorf("Checkout allocates %.0f times a call with debug off; the cart is described anyway", allocs) // [!code highlight]
	}
}

// endregion test

func TestTheCartIsLoggedWhenDebugIsOn(t *testing.T) {
	for _, tt := range []struct {
		name string
		cart *Cart
		want string
	}{
		{"three items", cart, `cart="tea×2@450 mug×1@1200 spoon×4@150 "`},
		{"empty", &Cart{}, `cart=""`},
		{"nil", nil, `cart="no cart"`},
	} {
		var buf bytes.Buffer
		logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
		if err := Checkout(t.Context(), logger, tt.cart); err != nil || !strings.Contains(buf.String(), tt.want) {
			t.Errorf("%s: Checkout = %v, log %q; want it to contain %s", tt.name, err, buf.String(), tt.want)
		}
	}
}

// One logger is shared by concurrent requests, each with its own cart.
func TestConcurrentCheckoutsShareOneLogger(t *testing.T) {
	var buf syncBuffer
	logger := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			c := &Cart{Items: []Item{{fmt.Sprint("sku", i), i, 100}}}
			if err := Checkout(t.Context(), logger, c); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := strings.Count(buf.String(), `"msg":"checkout"`); n != 8 {
		t.Errorf("%d records; want 8", n)
	}
}

func BenchmarkCheckoutWithDebugOff(b *testing.B) {
	logger := slog.New(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		Checkout(ctx, logger, cart)
	}
}

// syncBuffer is a bytes.Buffer safe for the handler's concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
