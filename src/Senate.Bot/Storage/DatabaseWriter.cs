using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Senate.Bot.Storage;

/// <summary>
/// Runs every change to the database on one dedicated thread, many units of work to a transaction (group
/// commit): LiteDB transactions belong to one OS thread, a commit per update caps throughput, and serial
/// execution makes each unit's read-check-write atomic (the last seat of an event goes to exactly one person).
/// A unit runs synchronously and must not await. When a unit throws, its batch is rolled back and every unit of
/// the batch is run again in a transaction of its own, so one bad update never undoes another's work.
/// Work that needs no answer (<see cref="Post"/>, e.g. removing sent messages from the outbox) rides in the
/// same transactions as the updates instead of costing a commit of its own.
/// </summary>
public sealed partial class DatabaseWriter : IAsyncDisposable
{
    private readonly BotDatabase _database;
    private readonly ILogger<DatabaseWriter> _logger;
    private readonly int _maxBatch;
    private readonly Channel<IUnit> _queue = Channel.CreateUnbounded<IUnit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _thread;
    private readonly List<Action> _beforeCommit = [];
    private readonly List<Action> _afterCommit = [];
    private long _commits;
    private long _transaction;

    /// <summary>Starts the writer thread.</summary>
    public DatabaseWriter(BotDatabase database, ILogger<DatabaseWriter> logger, int maxBatch = 256)
    {
        _database = database;
        _logger = logger;
        _maxBatch = maxBatch;
        _thread = new Thread(Loop) { IsBackground = true, Name = "database-writer" };
        _thread.Start();
    }

    /// <summary>Commits since start (for the benchmark, diagnostics and tests).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Runs <paramref name="work"/> in a transaction on the writer thread and returns its result once committed.</summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var unit = new Unit<T>(work);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(unit), this);

        return unit.Completion.Task;
    }

    /// <summary>Runs <paramref name="work"/> in a transaction on the writer thread.</summary>
    public Task Run(Action work) => Run(() =>
    {
        work();
        return true;
    });

    /// <summary>
    /// Queues <paramref name="work"/> for the next transaction without waiting for it: it shares the commit of
    /// whatever else is queued. A failure is logged (the work is rolled back alone, others' stays).
    /// <paramref name="done"/> runs on the writer thread once the work has committed or failed.
    /// </summary>
    public void Post(Action work, Action? done = null) =>
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(new Posted(work, done, this)), this);

    /// <summary>
    /// Registers an action to run once every unit of the current transaction has run, inside the transaction, just
    /// before its commit (e.g. writing what several units queued as one document). Only valid inside a unit; dropped
    /// if the transaction rolls back. If it throws, the transaction rolls back as if a unit had thrown.
    /// </summary>
    public void BeforeCommit(Action action)
    {
        if (Thread.CurrentThread != _thread)
        {
            throw new InvalidOperationException("BeforeCommit is only valid inside a unit of work.");
        }

        _beforeCommit.Add(action);
    }

    /// <summary>
    /// Registers an action to run on the writer thread right after the current unit's transaction commits
    /// (e.g. handing sent-to-be messages to the sender). Only valid inside a unit; dropped if the unit rolls back.
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (Thread.CurrentThread != _thread)
        {
            throw new InvalidOperationException("AfterCommit is only valid inside a unit of work.");
        }

        _afterCommit.Add(action);
    }

    /// <summary>
    /// The number of the transaction in progress (each begun transaction, a batch's or a unit's run again alone,
    /// has a new one): a cache holding changes of the current transaction tells from it that they were rolled back.
    /// Read it on the writer thread.
    /// </summary>
    public long Transaction => _transaction;

    /// <summary>True on the writer thread (inside a unit of work).</summary>
    public bool IsWriterThread => Thread.CurrentThread == _thread;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.Run(() => _thread.Join()).ConfigureAwait(false);
    }

    private void Loop()
    {
        var reader = _queue.Reader;
        var batch = new List<IUnit>(_maxBatch);
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out var unit))
            {
                batch.Add(unit);
            }

            try
            {
                RunBatch(batch);
            }
            catch (Exception e)
            {
                // Never let the writer thread die: every waiting unit hears of the failure, the next batch goes on.
                LogBatchFailed(e);
                foreach (var unit in batch)
                {
                    unit.Fail(e);
                }
            }
        }
    }

    private void RunBatch(List<IUnit> batch)
    {
        var db = _database.Database;
        try
        {
            _transaction++;
            db.BeginTrans();
            foreach (var unit in batch)
            {
                unit.Execute();
            }

            // An action may register another (one store's write adding to another's): they run in order, all of them.
            for (var i = 0; i < _beforeCommit.Count; i++)
            {
                _beforeCommit[i]();
            }

            _beforeCommit.Clear();
            db.Commit();
            Interlocked.Increment(ref _commits);
        }
        catch (Exception e) when (batch.Count > 1)
        {
            Rollback();
            LogBatchRetried(e, batch.Count);
            foreach (var unit in batch)
            {
                unit.Reset();
                RunBatch([unit]);
            }

            return;
        }
        catch (Exception e)
        {
            Rollback();
            batch[0].Fail(e);
            return;
        }

        RunAfterCommit();
        foreach (var unit in batch)
        {
            unit.Complete();
        }
    }

    private void Rollback()
    {
        _beforeCommit.Clear();
        _afterCommit.Clear();
        try
        {
            _database.Database.Rollback();
        }
        catch (Exception e)
        {
            LogRollbackFailed(e);
        }
    }

    private void RunAfterCommit()
    {
        foreach (var action in _afterCommit)
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                LogAfterCommitFailed(e);
            }
        }

        _afterCommit.Clear();
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "A unit of work failed in a batch of {Count}; running them one by one.")]
    private partial void LogBatchRetried(Exception exception, int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Rolling back a transaction failed.")]
    private partial void LogRollbackFailed(Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "An after-commit action failed.")]
    private partial void LogAfterCommitFailed(Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Posted work failed and was rolled back.")]
    private partial void LogPostedFailed(Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Critical, Message = "A batch failed outside its units; its units are failed and the writer goes on.")]
    private partial void LogBatchFailed(Exception exception);

    private interface IUnit
    {
        void Execute();

        void Reset();

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class Unit<T>(Func<T> work) : IUnit
    {
        private T? _result;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Execute() => _result = work();

        public void Reset() => _result = default;

        public void Complete() => Completion.TrySetResult(_result!);

        public void Fail(Exception exception) => Completion.TrySetException(exception);
    }

    private sealed class Posted(Action work, Action? done, DatabaseWriter writer) : IUnit
    {
        public void Execute() => work();

        public void Reset()
        {
        }

        public void Complete() => done?.Invoke();

        public void Fail(Exception exception)
        {
            writer.LogPostedFailed(exception);
            done?.Invoke();
        }
    }
}
