package datarace

// region channel

// SumSquaresChan adds up n*n for every n in nums without sharing memory:
// each goroutine sends its square, and only the receiving loop touches
// total. Receiving exactly len(nums) values means no goroutine is left
// blocked on its send.
func SumSquaresChan(nums []int) int {
	squares := make(chan int)
	for _, n := range nums {
		go func() { squares <- n * n }()
	}
	total := 0
	for range len(nums) {
		total += <-squares // [!code highlight]
	}
	return total
}

// endregion channel
