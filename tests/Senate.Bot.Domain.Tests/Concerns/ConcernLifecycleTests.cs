using Senate.Bot.Domain.Concerns;

namespace Senate.Bot.Domain.Tests.Concerns;

public sealed class ConcernLifecycleTests
{
    public static TheoryData<ConcernStatus, ConcernAction[]> Permitted => new()
    {
        { ConcernStatus.New, [ConcernAction.Accept, ConcernAction.Forward, ConcernAction.Answer, ConcernAction.Reject, ConcernAction.MarkDuplicate, ConcernAction.Withdraw] },
        { ConcernStatus.Accepted, [ConcernAction.Forward, ConcernAction.Answer, ConcernAction.Reject, ConcernAction.MarkDuplicate, ConcernAction.Withdraw] },
        { ConcernStatus.Forwarded, [ConcernAction.Forward, ConcernAction.Answer, ConcernAction.Reject, ConcernAction.MarkDuplicate, ConcernAction.Withdraw] },
        { ConcernStatus.Answered, [ConcernAction.Answer, ConcernAction.Close] },
        { ConcernStatus.Closed, [] },
        { ConcernStatus.Rejected, [] },
        { ConcernStatus.Withdrawn, [] },
    };

    [Theory]
    [MemberData(nameof(Permitted))]
    public void PermittedActions_FollowTheLifecycle(ConcernStatus status, ConcernAction[] expected)
    {
        var lifecycle = new ConcernLifecycle(new Concern { Status = status });

        Assert.Equal(expected, lifecycle.PermittedActions);
    }

    [Theory]
    [InlineData(ConcernStatus.New, ConcernAction.Accept, ConcernStatus.Accepted)]
    [InlineData(ConcernStatus.Accepted, ConcernAction.Forward, ConcernStatus.Forwarded)]
    [InlineData(ConcernStatus.Forwarded, ConcernAction.Forward, ConcernStatus.Forwarded)]
    [InlineData(ConcernStatus.Forwarded, ConcernAction.Answer, ConcernStatus.Answered)]
    [InlineData(ConcernStatus.New, ConcernAction.Answer, ConcernStatus.Answered)]
    [InlineData(ConcernStatus.Answered, ConcernAction.Close, ConcernStatus.Closed)]
    [InlineData(ConcernStatus.Accepted, ConcernAction.MarkDuplicate, ConcernStatus.Rejected)]
    [InlineData(ConcernStatus.New, ConcernAction.Withdraw, ConcernStatus.Withdrawn)]
    public void Fire_SetsTheConcernsStatus(ConcernStatus from, ConcernAction action, ConcernStatus to)
    {
        var concern = new Concern { Status = from };

        new ConcernLifecycle(concern).Fire(action);

        Assert.Equal(to, concern.Status);
    }

    [Fact]
    public void Fire_NotPermitted_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new ConcernLifecycle(new Concern { Status = ConcernStatus.Rejected }).Fire(ConcernAction.Close));
}
