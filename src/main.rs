//! The binary only parses the command line and hands over to the library.

fn main() -> std::process::ExitCode {
    keep_transient_buffers_out_of_the_heap();
    showfloor::cli::main()
}

/// Loading parses files on every core, and the TOML parser allocates token and event buffers
/// several times each file's size, freed as soon as the file is parsed. glibc raises its mmap
/// threshold each time such a buffer is freed, so later ones come from the heap and stay
/// resident in the workers' arenas: at 100 000 records that was a third of peak memory.
/// Fixing the threshold (which turns the adjustment off) keeps them mapped and returned.
fn keep_transient_buffers_out_of_the_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tuning; it is called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}
