package mutateaftersend

import (
	"bufio"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// SendBatches keeps no state between calls, so concurrent callers, each
// with its own channel, cannot meet; it takes no callback that could panic.

func collect(t *testing.T, ctx context.Context, input string, size int) ([][]string, error) {
	t.Helper()
	out := make(chan []string)
	errc := make(chan error, 1)
	go func() { errc <- SendBatches(ctx, strings.NewReader(input), size, out) }()
	var got [][]string
	timeout := time.After(5 * time.Second)
	for {
		select {
		case batch, ok := <-out:
			if !ok {
				return got, <-errc
			}
			got = append(got, batch)
		case <-timeout:
			t.Fatalf("out still open 5s after SendBatches started; got %q so far", got)
		}
	}
}

func TestEveryBatchKeepsItsLines(t *testing.T) {
	cases := []struct {
		input string
		size  int
		want  [][]string
	}{
		{"a\nb\nc\nd\ne\n", 2, [][]string{{"a", "b"}, {"c", "d"}, {"e"}}},
		{"a\nb\nc\nd\n", 2, [][]string{{"a", "b"}, {"c", "d"}}},
		{"a\nb\nc", 1, [][]string{{"a"}, {"b"}, {"c"}}},
		{"a\nb", 10, [][]string{{"a", "b"}}},
		{"", 3, nil},
	}
	for _, c := range cases {
		got, err := collect(t, t.Context(), c.input, c.size)
		if err != nil || !slices.EqualFunc(got, c.want, slices.Equal) {
			t.Errorf("SendBatches(%q, %d) sent %q, %v; want %q, nil", c.input, c.size, got, err, c.want)
		}
	}
}

func TestReceiverMayChangeABatch(t *testing.T) {
	out := make(chan []string)
	go func() { _ = SendBatches(t.Context(), strings.NewReader("a\nb\nc\nd\n"), 2, out) }()
	first := <-out
	first[0], first[1] = "x", "y"
	if second := <-out; !slices.Equal(second, []string{"c", "d"}) {
		t.Errorf("second batch = %q after the receiver changed the first, want [c d]", second)
	}
	for range out {
	}
}

func TestBadSizeIsAnError(t *testing.T) {
	for _, size := range []int{0, -1} {
		got, err := collect(t, t.Context(), "a\n", size)
		if err == nil || got != nil {
			t.Errorf("SendBatches(size %d) = %q, %v; want no batches and an error", size, got, err)
		}
	}
}

func TestCancelStopsABlockedSend(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	out := make(chan []string) // nobody reads it
	errc := make(chan error, 1)
	go func() { errc <- SendBatches(ctx, strings.NewReader("a\nb\nc\n"), 1, out) }()
	cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("SendBatches = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("SendBatches still blocked on a send after its context was cancelled")
	}
	select {
	case _, open := <-out:
		if open {
			t.Error("out sent a batch after SendBatches returned")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("out is still open after SendBatches returned")
	}
}

func TestReadErrorIsReturned(t *testing.T) {
	long := strings.Repeat("x", 70_000) // longer than bufio.Scanner's 64 KiB line limit
	got, err := collect(t, t.Context(), "a\nb\nc\n"+long+"\n", 2)
	want := [][]string{{"a", "b"}} // the full batch is sent; the partial "c" is dropped
	if !errors.Is(err, bufio.ErrTooLong) || !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("SendBatches = %q, %v; want %q, bufio.ErrTooLong", got, err, want)
	}
}

func TestHugeSizeReservesLittle(t *testing.T) {
	got, err := collect(t, t.Context(), "a\nb\n", 1<<62)
	if err != nil || !slices.EqualFunc(got, [][]string{{"a", "b"}}, slices.Equal) {
		t.Errorf("SendBatches(size 1<<62) = %q, %v; want [[a b]], nil", got, err)
	}
}
