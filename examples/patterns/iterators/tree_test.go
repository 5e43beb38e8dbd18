package iterators_test

import (
	"errors"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"fieldguide.dev/examples/patterns/iterators"
)

func treeOf(keys ...int) *iterators.Tree[int] {
	var t iterators.Tree[int]
	for _, k := range keys {
		t.Insert(k)
	}
	return &t
}

func TestAllGivesEveryKeyInOrder(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []int
		want []int
	}{
		{"empty", nil, nil},
		{"one key", []int{7}, []int{7}},
		{"ascending inserts", []int{1, 2, 3, 4}, []int{1, 2, 3, 4}},
		{"descending inserts", []int{4, 3, 2, 1}, []int{1, 2, 3, 4}},
		{"duplicates are kept once", []int{5, 3, 5, 8, 3}, []int{3, 5, 8}},
	} {
		tree := treeOf(tc.keys...)
		if got := slices.Collect(tree.All()); !slices.Equal(got, tc.want) || tree.Len() != len(tc.want) {
			t.Errorf("%s: All() = %v and Len() = %d, want %v", tc.name, got, tree.Len(), tc.want)
		}
	}
}

func TestInsertReportsWhetherTheKeyIsNew(t *testing.T) {
	var tree iterators.Tree[int]
	for _, step := range []struct {
		k    int
		want bool
	}{{5, true}, {3, true}, {5, false}, {8, true}, {3, false}} {
		if got := tree.Insert(step.k); got != step.want {
			t.Errorf("Insert(%d) = %v, want %v", step.k, got, step.want)
		}
	}
	if tree.Len() != 3 {
		t.Errorf("Len() = %d, want 3", tree.Len())
	}
}

func TestAllStopsWhenYieldReturnsFalse(t *testing.T) {
	tree := treeOf(50, 20, 80, 10, 30, 70, 90)
	for stopAfter := 1; stopAfter <= 7; stopAfter++ {
		calls := 0
		// Calling the iterator by hand: yield must not be called again
		// once it has returned false.
		tree.All()(func(int) bool {
			calls++
			return calls < stopAfter
		})
		if calls != stopAfter {
			t.Errorf("yield returned false on call %d but was called %d times in all", stopAfter, calls)
		}
	}
}

func TestAllCanBeRangedOverAgainAndNested(t *testing.T) {
	tree := treeOf(3, 1, 2)
	var pairs [][2]int
	for a := range tree.All() {
		for b := range tree.All() {
			if a < b {
				pairs = append(pairs, [2]int{a, b})
			}
		}
	}
	want := [][2]int{{1, 2}, {1, 3}, {2, 3}}
	if !slices.Equal(pairs, want) {
		t.Errorf("pairs = %v, want %v", pairs, want)
	}
}

func TestAPanicInTheLoopBodyReachesTheCaller(t *testing.T) {
	tree := treeOf(1, 2, 3)
	errBoom := errors.New("boom")
	func() {
		defer func() {
			if r := recover(); r != errBoom {
				t.Errorf("recovered %v, want %v", r, errBoom)
			}
		}()
		for k := range tree.All() {
			if k == 2 {
				panic(errBoom)
			}
		}
	}()
	if got := slices.Collect(tree.All()); !slices.Equal(got, []int{1, 2, 3}) {
		t.Errorf("after the panic All() = %v, want [1 2 3]", got)
	}
}

func TestFilterIsLazyAndStopsItsSource(t *testing.T) {
	pulled := 0
	var source iter.Seq[int] = func(yield func(int) bool) {
		for i := 1; i <= 100; i++ {
			pulled++
			if !yield(i) {
				return
			}
		}
	}
	odd := iterators.Filter(source, func(v int) bool { return v%2 == 1 })
	if pulled != 0 {
		t.Fatalf("Filter ran its source %d steps before being ranged over", pulled)
	}
	var got []int
	for v := range odd {
		got = append(got, v)
		if len(got) == 3 {
			break
		}
	}
	if !slices.Equal(got, []int{1, 3, 5}) || pulled != 5 {
		t.Errorf("got %v after pulling %d values, want [1 3 5] after 5", got, pulled)
	}
}

func TestFilterOfAnEmptySequenceOrRejectingEverything(t *testing.T) {
	empty := iterators.Filter(treeOf().All(), func(int) bool { return true })
	rejected := iterators.Filter(treeOf(1, 2).All(), func(int) bool { return false })
	if got := slices.Collect(empty); got != nil {
		t.Errorf("Filter of an empty tree = %v, want nil", got)
	}
	if got := slices.Collect(rejected); got != nil {
		t.Errorf("Filter rejecting everything = %v, want nil", got)
	}
}

func TestAnIteratorThatIgnoresYieldPanicsOnBreak(t *testing.T) {
	// The mistake walk avoids: calling yield again after it returned false.
	var careless iter.Seq[int] = func(yield func(int) bool) {
		for i := range 3 {
			yield(i)
		}
	}
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		if !ok || !strings.Contains(err.Error(), "continued iteration") {
			t.Errorf("recovered %v, want a runtime error about continued iteration", r)
		}
	}()
	for range careless {
		break
	}
	t.Error("break out of a careless iterator did not panic")
}

func TestSeveralGoroutinesMayIterateAtOnce(t *testing.T) {
	tree := treeOf(5, 2, 8, 1, 9, 3)
	want := []int{1, 2, 3, 5, 8, 9}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := slices.Collect(tree.All()); !slices.Equal(got, want) {
				t.Errorf("All() = %v, want %v", got, want)
			}
		})
	}
	wg.Wait()
}
